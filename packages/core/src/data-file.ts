import { readFileSync } from 'node:fs';

/**
 * Reads a JSON data file that ships beside a package's code. `base` is the
 * caller's `import.meta.url`; `path` is relative to it (e.g. `../data/drugs.json`),
 * which resolves the same from `src/` under test and from `dist/` when built.
 */
export function readDataFile<T>(base: string | URL, path: string): T {
  return JSON.parse(readFileSync(new URL(path, base), 'utf8')) as T;
}
