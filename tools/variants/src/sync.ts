/**
 * Brings one letter folder's generated layouts in line with its plain.txt:
 * writes what differs, removes a layout the letter was not drawn to carry.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chooseVariants, GENERATED_VARIANTS, renderVariants, VARIANT_FILES } from './render.js';
import { loadStructure } from './templates.js';

export interface LetterResult {
  folder: string;
  variants: string[];
  /** Files written (or, with --check, files that differ, are missing or are stale). */
  changed: string[];
}

/** With `check`, nothing is written: the result lists what would change. */
export function syncLetter(folder: string, check: boolean): LetterResult {
  const plain = readFileSync(join(folder, 'plain.txt'), 'utf8');
  const id = basename(folder);
  const rendered = renderVariants(plain, { seed: id, structure: loadStructure() });
  const chosen = new Set(chooseVariants(id));
  const changed: string[] = [];
  for (const variant of GENERATED_VARIANTS) {
    const file = join(folder, VARIANT_FILES[variant]);
    const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (chosen.has(variant)) {
      if (onDisk === rendered[variant]) continue;
      changed.push(onDisk === undefined ? `${VARIANT_FILES[variant]} (missing)` : VARIANT_FILES[variant]);
      if (!check) writeFileSync(file, rendered[variant]);
    } else if (onDisk !== undefined) {
      changed.push(`${VARIANT_FILES[variant]} (not drawn for this letter)`);
      if (!check) rmSync(file);
    }
  }
  return { folder, variants: ['plain', ...GENERATED_VARIANTS.filter((v) => chosen.has(v))], changed };
}
