import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { VARIANTS, type Variant } from '@imrkit/core';
import type { Golden } from './scorer.js';

/** One layout of a letter: the file the extractor reads. */
export interface VariantFile {
  variant: Variant;
  path: string;
}

/** A letter of the corpus: its golden and the variant files to extract from. */
export interface Letter {
  /** The letter's folder name, unique in the corpus. */
  id: string;
  dir: string;
  /** The folder that groups it, e.g. `dev` or `test`. */
  split: string;
  expected: Golden;
  /** In the guide's variant order. */
  variants: VariantFile[];
}

const GOLDEN = 'expected.json';

/** Variant files by name, as the corpus layout fixes them. */
const VARIANT_FILES: Readonly<Record<string, Variant>> = {
  'pdf-text.txt': 'pdf-text',
  'markdown.md': 'markdown',
  'plain.txt': 'plain',
  'html.html': 'html',
  'html.htm': 'html',
  'pdf.pdf': 'pdf',
};

const OBJECT_KEYS = ['case', 'credentials', 'dates'];
const LIST_KEYS = ['items', 'citations', 'rationale'];

/** Reads a golden, failing with the file's name when it is not JSON or not shaped like record data. */
function readGolden(path: string): Golden {
  let golden: unknown;
  try {
    golden = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Malformed golden ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shapeError = (what: string) => new Error(`Malformed golden ${path}: ${what}`);
  if (typeof golden !== 'object' || golden === null || Array.isArray(golden)) throw shapeError('expected an object of record data keys');
  const data = golden as Record<string, unknown>;
  for (const key of OBJECT_KEYS) {
    const value = data[key];
    if (key in data && (typeof value !== 'object' || value === null || Array.isArray(value)))
      throw shapeError(`"${key}" must be an object`);
  }
  for (const key of LIST_KEYS) {
    const value = data[key];
    if (key in data && !(Array.isArray(value) && value.every((entry) => typeof entry === 'object' && entry !== null))) {
      throw shapeError(`"${key}" must be a list of objects`);
    }
  }
  return data as Golden;
}

function readLetter(dir: string, split: string): Letter {
  const variants = readdirSync(dir)
    .filter((name) => Object.hasOwn(VARIANT_FILES, name))
    .map((name) => ({ variant: VARIANT_FILES[name]!, path: join(dir, name) }))
    .sort((a, b) => VARIANTS.indexOf(a.variant) - VARIANTS.indexOf(b.variant));
  return { id: basename(dir), dir, split, expected: readGolden(join(dir, GOLDEN)), variants };
}

/** Every folder at or below `dir` that holds a golden; a letter's own folder is not searched further. */
function letterDirs(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === GOLDEN)) return [dir];
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => letterDirs(join(dir, name)));
}

/**
 * The split of a letter found under `root` (paths as given): the first folder below the root
 * (`corpus/` → `corpus/dev/x` is `dev`); the root's own name when the letter sits
 * directly in it (`corpus/dev/` → `dev`); the parent's name when the root is the letter.
 */
function splitOf(root: string, dir: string): string {
  const segments = relative(root, dir).split(sep).filter(Boolean);
  if (segments.length >= 2) return segments[0]!;
  return basename(segments.length === 1 ? resolve(root) : dirname(resolve(root)));
}

/**
 * Finds the letters under `dirs`: every folder holding an `expected.json`, searched
 * recursively. Throws on a missing directory, a malformed golden, or two letters with one id.
 */
export function discoverCorpus(dirs: readonly string[]): Letter[] {
  const letters = new Map<string, Letter>();
  for (const root of dirs) {
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Corpus directory not found: ${root}`);
    for (const dir of letterDirs(root)) {
      const seen = letters.get(basename(dir));
      // The same folder reached twice (`corpus` and `corpus/dev`) is one letter.
      if (seen && resolve(seen.dir) === resolve(dir)) continue;
      if (seen) throw new Error(`Two letters have the id ${seen.id}: ${seen.dir} and ${dir}`);
      letters.set(basename(dir), readLetter(dir, splitOf(root, dir)));
    }
  }
  return [...letters.values()];
}
