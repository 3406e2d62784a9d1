/**
 * Finds the letters of a corpus and reads what each folder holds: the letter
 * (plain.txt, else a seed's pdf-text.txt, markdown.md or html.html), its
 * golden expected.json, its meta.json and the layout variants present.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { flatten, type LetterVariant } from './text.js';
import type { Structure } from './repo.js';

export const DEFAULT_DIRS = ['corpus/dev', 'corpus/test'];

/** The layout files a letter folder may hold, by the variant they carry. */
export const VARIANT_FILES: readonly (readonly [string, string])[] = [
  ['plain.txt', 'plain'],
  ['pdf-text.txt', 'pdf-text'],
  ['markdown.md', 'markdown'],
  ['html.html', 'html'],
  ['html.htm', 'html'],
  ['pdf.pdf', 'pdf'],
];

/** The files a golden may be checked against, best first. */
const TEXT_FILES: readonly (readonly [string, LetterVariant])[] = [
  ['plain.txt', 'plain'],
  ['pdf-text.txt', 'pdf-text'],
  ['markdown.md', 'markdown'],
  ['html.html', 'html'],
  ['html.htm', 'html'],
];

export interface Meta {
  template?: unknown;
  credentialForm?: unknown;
  features?: unknown;
}

export interface Letter {
  dir: string;
  id: string;
  /** The folder the letter sits in (dev, test, or a seeds folder's name). */
  split: string;
  /** The file the checks read, and its variant. */
  textFile: string | undefined;
  variant: LetterVariant | undefined;
  raw: string;
  /** The letter's words, markup and furniture dropped, whitespace collapsed. */
  flat: string;
  plain: string | undefined;
  expected: unknown;
  expectedError: string | undefined;
  meta: Meta | undefined;
  metaError: string | undefined;
  /** The variants present, each once (plain, pdf-text, markdown, html, pdf). */
  variants: string[];
}

function isLetterFolder(dir: string): boolean {
  return existsSync(join(dir, 'expected.json')) || TEXT_FILES.some(([f]) => existsSync(join(dir, f)));
}

/** The letter folders at or below `dirs`, sorted, each once. */
export function findLetterFolders(dirs: readonly string[]): string[] {
  const found = new Set<string>();
  const walk = (dir: string, depth: number): void => {
    if (isLetterFolder(dir)) {
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

function readJson(file: string): { value: unknown; error: string | undefined } {
  if (!existsSync(file)) return { value: undefined, error: 'missing' };
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) as unknown, error: undefined };
  } catch (error) {
    return { value: undefined, error: `not valid JSON (${(error as Error).message})` };
  }
}

export function readLetter(dir: string, structure: Structure): Letter {
  const text = TEXT_FILES.find(([f]) => existsSync(join(dir, f)));
  const raw = text ? readFileSync(join(dir, text[0]), 'utf8') : '';
  const expected = readJson(join(dir, 'expected.json'));
  const meta = readJson(join(dir, 'meta.json'));
  const variants = [...new Set(VARIANT_FILES.filter(([f]) => existsSync(join(dir, f))).map(([, v]) => v))];
  return {
    dir,
    id: basename(dir),
    split: basename(dirname(dir)),
    textFile: text?.[0],
    variant: text?.[1],
    raw,
    flat: text ? flatten(raw, text[1], structure) : '',
    plain: text?.[1] === 'plain' ? raw : undefined,
    expected: expected.value,
    expectedError: expected.error,
    meta: meta.value as Meta | undefined,
    metaError: meta.error,
    variants,
  };
}
