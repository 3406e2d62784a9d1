import { readDataFile, type Span } from '@imrkit/core';
import { withinOneEdit } from './edit-distance.js';
import { termPattern } from './term-pattern.js';

export interface DrugEntry {
  names: string[];
  generic: string;
  class: string;
}

/** One drug name found in a label; `misspelled` when it was read one edit away from a lexicon name. */
export interface DrugMatch {
  span: Span;
  entry: DrugEntry;
  misspelled: boolean;
}

interface MisspellingRule {
  minLength: number;
  notMisspellings: string[];
}

const data = readDataFile<{ misspellings: MisspellingRule; drugs: DrugEntry[] }>(import.meta.url, '../data/drugs.json');
const byName = new Map<string, DrugEntry>(data.drugs.flatMap((entry) => entry.names.map((name) => [name, entry] as const)));
const NAME_PATTERN = termPattern([...byName.keys()]);
// The pattern's separators are loose ("MS-Contin", "ms contin"), so the entry is looked up without them.
const looseKey = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, '');
const byLooseName = new Map<string, DrugEntry>([...byName].map(([name, entry]) => [looseKey(name), entry]));

const { minLength } = data.misspellings;
const notMisspellings = new Set(data.misspellings.notMisspellings);
/** One-word names long enough to be recognised misspelled, by length. */
const fuzzyNames = new Map<number, [string, DrugEntry][]>();
for (const [name, entry] of byName) {
  if (name.length < minLength || !/^[a-z]+$/.test(name)) continue;
  fuzzyNames.set(name.length, [...(fuzzyNames.get(name.length) ?? []), [name, entry]]);
}
const WORD = new RegExp(`(?<![a-z0-9])[a-z]{${minLength},}(?![a-z0-9])`, 'gi');

/** The one drug a word is a misspelling of, or null when none or several are one edit away. */
function misspeltDrug(word: string): DrugEntry | null {
  const lower = word.toLowerCase();
  if (notMisspellings.has(lower)) return null;
  const near = new Set<DrugEntry>();
  for (const length of [lower.length - 1, lower.length, lower.length + 1]) {
    for (const [name, entry] of fuzzyNames.get(length) ?? []) if (withinOneEdit(lower, name)) near.add(entry);
  }
  return near.size === 1 ? ([...near][0] as DrugEntry) : null;
}

/**
 * Every drug name of data/drugs.json in `text`, left to right, longest name
 * first at each position; then words that are one edit from exactly one drug name.
 */
export function findDrugs(text: string): DrugMatch[] {
  const found: DrugMatch[] = [];
  for (const m of text.matchAll(NAME_PATTERN)) {
    const entry = byLooseName.get(looseKey(m[0]));
    if (entry) found.push({ span: [m.index, m.index + m[0].length], entry, misspelled: false });
  }
  for (const m of text.matchAll(WORD)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (found.some(({ span: [a, b] }) => span[0] < b && a < span[1])) continue;
    const entry = misspeltDrug(m[0]);
    if (entry) found.push({ span, entry, misspelled: true });
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * The generic of the drugs named in one label: their ingredients in order,
 * without repeats, joined by "/" ("Hydrocodone/APAP" → "hydrocodone/acetaminophen").
 */
export function genericOf(matches: readonly DrugMatch[]): string | null {
  const ingredients = [...new Set(matches.flatMap((m) => m.entry.generic.split('/')))];
  return ingredients.length > 0 ? ingredients.join('/') : null;
}
