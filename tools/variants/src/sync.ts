/**
 * Brings one letter folder's generated layouts in line with its plain.txt:
 * writes what differs, removes a layout the letter was not drawn to carry.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { carriesPdf, chooseVariants, GENERATED_VARIANTS, PDF_FILE, renderPdfVariant, renderVariants, VARIANT_FILES } from './render.js';
import { loadStructure } from './templates.js';

export interface LetterResult {
  folder: string;
  variants: string[];
  /** Files written (or, with --check, files that differ, are missing or are stale). */
  changed: string[];
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;

/** Writes (or, with `check`, only compares) one file that should or should not be there; returns what changed. */
function syncFile(file: string, name: string, wanted: Uint8Array | undefined, check: boolean): string | undefined {
  const onDisk = existsSync(file) ? readFileSync(file) : undefined;
  if (wanted) {
    if (onDisk && sameBytes(onDisk, wanted)) return undefined;
    if (!check) writeFileSync(file, wanted);
    return onDisk === undefined ? `${name} (missing)` : name;
  }
  if (onDisk === undefined) return undefined;
  if (!check) rmSync(file);
  return `${name} (not drawn for this letter)`;
}

/** With `check`, nothing is written: the result lists what would change. */
export async function syncLetter(folder: string, check: boolean): Promise<LetterResult> {
  const plain = readFileSync(join(folder, 'plain.txt'), 'utf8');
  const id = basename(folder);
  const structure = loadStructure();
  const rendered = renderVariants(plain, { seed: id, structure });
  const chosen = new Set(chooseVariants(id));
  const encoder = new TextEncoder();
  const changed: string[] = [];
  for (const variant of GENERATED_VARIANTS) {
    const wanted = chosen.has(variant) ? encoder.encode(rendered[variant]) : undefined;
    const change = syncFile(join(folder, VARIANT_FILES[variant]), VARIANT_FILES[variant], wanted, check);
    if (change) changed.push(change);
  }
  const pdf = carriesPdf(id) ? await renderPdfVariant(plain, { seed: id, structure }) : undefined;
  const change = syncFile(join(folder, PDF_FILE), PDF_FILE, pdf, check);
  if (change) changed.push(change);
  const variants = ['plain', ...GENERATED_VARIANTS.filter((v) => chosen.has(v)), ...(pdf ? ['pdf'] : [])];
  return { folder, variants, changed };
}
