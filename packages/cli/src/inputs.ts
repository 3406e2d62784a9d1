import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** File endings read as letters when a directory is walked. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

const isInputName = (name: string): boolean => INPUT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Expands the paths given on the command line into input files, in a stable
 * (sorted, depth-first) order. Directories are walked for letter files; a
 * symlink loop or an unreadable directory is reported, never followed forever.
 */
export function* expandInputs(paths: readonly string[], problems: InputProblem[]): Generator<string> {
  const seen = new Set<string>();
  function* walk(dir: string): Generator<string> {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({ path: dir, message: `Unreadable directory: ${(error as Error).message}` });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of names) {
      const path = join(dir, name);
      let kind: 'dir' | 'file' | 'other';
      try {
        const stat = statSync(path);
        kind = stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
      } catch (error) {
        // A dangling or looping link is an input we cannot read: it still gets a record.
        if (isInputName(name)) yield path;
        else problems.push({ path, message: `Unreadable entry: ${(error as Error).message}` });
        continue;
      }
      if (kind === 'dir') yield* walk(path);
      else if (kind === 'file' && isInputName(name)) yield path;
    }
  }
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A missing file given by name still yields a record saying so.
    }
    if (isDir) yield* walk(path);
    else yield path;
  }
}
