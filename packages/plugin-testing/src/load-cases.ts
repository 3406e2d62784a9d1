import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** One plugin case: a letter excerpt in the plain layout and the value its plugin must produce. */
export interface PluginCase {
  name: string;
  description: string;
  /** The excerpt, one paragraph per line. */
  letter: string;
  expected: unknown;
  /** Runs only the cases marked `only` while one is being debugged. */
  only: boolean;
}

export class CaseFileError extends Error {
  override name = 'CaseFileError';
}

/**
 * Reads `<name>.txt` + `<name>.json` pairs from a cases folder. A lone file, a
 * case without `expected`, or two cases with the same letter are errors: a case
 * that cannot fail, or runs twice, guards nothing.
 */
export function loadCases(dir: string | URL): PluginCase[] {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = readdirSync(path);
  const names = new Set(files.filter((f) => /\.(txt|json)$/.test(f)).map((f) => f.replace(/\.(txt|json)$/, '')));
  const cases: PluginCase[] = [];
  const letters = new Map<string, string>();
  for (const name of [...names].sort()) {
    if (!files.includes(`${name}.txt`)) throw new CaseFileError(`No letter for case "${name}"; expected ${name}.txt beside ${name}.json`);
    if (!files.includes(`${name}.json`)) throw new CaseFileError(`No expectation for case "${name}"; expected ${name}.json beside ${name}.txt`);
    const letter = readFileSync(join(path, `${name}.txt`), 'utf8');
    const spec = JSON.parse(readFileSync(join(path, `${name}.json`), 'utf8')) as Record<string, unknown>;
    if (!('expected' in spec)) throw new CaseFileError(`No "expected" in ${name}.json; expected the plugin's value for the letter`);
    const twin = letters.get(letter.trim());
    if (twin) throw new CaseFileError(`Case "${name}" repeats the letter of case "${twin}"; expected each case to test something new`);
    letters.set(letter.trim(), name);
    cases.push({ name, description: String(spec.description ?? ''), letter, expected: spec.expected, only: spec.only === true });
  }
  if (cases.length === 0) throw new CaseFileError(`No cases in ${path}; expected <name>.txt + <name>.json pairs`);
  return cases;
}
