/**
 * Finds the letter folders of a corpus: every folder holding a plain.txt,
 * given either directly or anywhere below the folders named.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export const DEFAULT_DIRS = ['corpus/dev', 'corpus/test'];

/** The letter folders at or below `dirs`, sorted, each once. */
export function findLetterFolders(dirs: readonly string[], letterFile = 'plain.txt'): string[] {
  const found = new Set<string>();
  const walk = (dir: string, depth: number): void => {
    if (existsSync(join(dir, letterFile))) {
      found.add(dir);
      return;
    }
    if (depth === 0) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') walk(join(dir, entry.name), depth - 1);
    }
  };
  for (const dir of dirs) if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir, 3);
  return [...found].sort();
}

/**
 * Resolves a folder named on the command line: against the directory pnpm was
 * started in (INIT_CWD) or the working directory, then against the repository root.
 */
export function resolveDir(dir: string, root: string): string {
  if (isAbsolute(dir)) return dir;
  const fromCwd = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
  if (existsSync(fromCwd)) return fromCwd;
  return resolve(root, dir);
}
