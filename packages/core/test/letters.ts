import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A letter file on disk with its layout. */
export interface LetterFile {
  name: string;
  path: string;
  content: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
export const fixtures = join(here, 'fixtures');
export const seeds = join(here, '../../../../shared/seeds');
export { LETTER as ANY_LETTER };
export const corpus = join(here, '../../../corpus');

/** Fixture letters, and the variant files of seed and corpus letter folders. */
const LETTER = /\.(txt|md|html)$/;
const VARIANT_FILE = /^(pdf-text\.txt|plain\.txt|markdown\.md|html\.html)$/;

/** Every letter file below a folder (fixtures, seeds or the corpus); none when the folder is absent. */
export function letterFiles(dir: string, only: RegExp = VARIANT_FILE): LetterFile[] {
  if (!existsSync(dir)) return [];
  const out: LetterFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...letterFiles(path, only).map((f) => ({ ...f, name: `${name}/${f.name}` })));
    else if (only.test(name)) out.push({ name, path, content: readFileSync(path, 'utf8') });
  }
  return out;
}
