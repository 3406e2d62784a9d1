import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLetterFolders, renderVariants, Rng } from '@imrkit/variants';

/** The layouts a synthetic corpus mixes, with the file ending each is written under. */
export const LAYOUTS = [
  { variant: 'plain', ext: '.txt' },
  { variant: 'pdf-text', ext: '.txt' },
  { variant: 'markdown', ext: '.md' },
  { variant: 'html', ext: '.html' },
] as const;
export type Layout = (typeof LAYOUTS)[number]['variant'];

/** One rendered base letter in every layout, before its details are varied. */
export interface BaseLetter {
  id: string;
  plain: string;
  layouts: Record<Layout, string>;
}

/** Renders every letter of the given corpus folders (plain.txt) in each layout, once. */
export function loadBaseLetters(dirs: readonly string[]): BaseLetter[] {
  return findLetterFolders(dirs).map((dir) => {
    const id = dir.split('/').pop() as string;
    const plain = readFileSync(join(dir, 'plain.txt'), 'utf8');
    const rendered = renderVariants(plain, { seed: id });
    return { id, plain, layouts: { plain, 'pdf-text': rendered['pdf-text'], markdown: rendered.markdown, html: rendered.html } };
  });
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const DAY = 86_400_000;

/**
 * Varies a letter's details without moving its layout: a new case number, every
 * MM/DD/YYYY date shifted by the same number of days (their order is kept), and
 * new quantities of the same width. Every replacement keeps its length.
 */
export function varyLetter(text: string, rng: Rng): string {
  const caseNumber = `CM${pad(13 + rng.int(0, 3), 2)}-${pad(rng.int(0, 9_999_999), 7)}`;
  const shift = rng.int(-300, 300) * DAY;
  return text
    .replace(/CM\d{2}-\d{7}/g, caseNumber)
    .replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (match, mm: string, dd: string, yyyy: string) => {
      const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd)) + shift);
      if (Number.isNaN(date.getTime())) return match;
      return `${pad(date.getUTCMonth() + 1, 2)}/${pad(date.getUTCDate(), 2)}/${pad(date.getUTCFullYear(), 4)}`;
    })
    .replace(/#(\d+)/g, (_, digits: string) => `#${String(rng.int(1, 9))}${Array.from({ length: digits.length - 1 }, () => rng.int(0, 9)).join('')}`);
}

export interface SyntheticCorpus {
  dir: string;
  files: string[];
  bytes: number;
  byLayout: Record<Layout, number>;
}

/**
 * Writes `count` letters into `dir` (1,000 per sub-folder), cycling through the
 * base letters and layouts: the same count and seed always give the same bytes.
 */
export function synthesizeCorpus(base: readonly BaseLetter[], dir: string, count: number, seed = 'bench'): SyntheticCorpus {
  const files: string[] = [];
  const byLayout: Record<Layout, number> = { plain: 0, 'pdf-text': 0, markdown: 0, html: 0 };
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const letter = base[i % base.length] as BaseLetter;
    const layout = LAYOUTS[Math.floor(i / base.length) % LAYOUTS.length] as (typeof LAYOUTS)[number];
    const text = varyLetter(letter.layouts[layout.variant], new Rng(`${seed}-${i}`, 'vary'));
    const folder = join(dir, pad(Math.floor(i / 1000), 3));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const path = join(folder, `${pad(i, 6)}-${layout.variant}${layout.ext}`);
    writeFileSync(path, text);
    files.push(path);
    bytes += Buffer.byteLength(text);
    byLayout[layout.variant]++;
  }
  return { dir, files, bytes, byLayout };
}
