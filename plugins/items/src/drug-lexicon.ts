import { readDataFile, remembered, type Span } from '@imrkit/core';
import { OneEditIndex } from './one-edit-index.js';
import { TermIndex, type TermMatch } from './term-index.js';

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
const names = [...byName.keys()];
const NAMES = new TermIndex([names]);
// A name's separators are loose ("MS-Contin", "ms contin"), so a name found in the text is looked up without them.
const looseKey = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, '');
const byLooseName = new Map<string, DrugEntry>([...byName].map(([name, entry]) => [looseKey(name), entry]));
/** The entry each name reads as: the entry of the last name spelt the same without separators. */
const entryOfName = names.map((name) => byLooseName.get(looseKey(name)) as DrugEntry);

const { minLength } = data.misspellings;
const notMisspellings = new Set(data.misspellings.notMisspellings);
/** One-word names long enough to be recognised misspelled. */
const fuzzyNames = new OneEditIndex<DrugEntry>();
for (const [name, entry] of byName) if (name.length >= minLength && /^[a-z]+$/.test(name)) fuzzyNames.add(name, entry);
const WORD = new RegExp(`(?<![a-z0-9])[a-z]{${minLength},}(?![a-z0-9])`, 'gi');

// Label words repeat from letter to letter ("injection", "therapy"), so each word's answer is kept, up to this many.
const MAX_KNOWN_WORDS = 10_000;

/** The one drug a lower-case word is a misspelling of, or null when none or several are one edit away. */
const misspeltWord = remembered((lower: string): DrugEntry | null => {
  const near = notMisspellings.has(lower) ? null : fuzzyNames.near(lower);
  return near?.size === 1 ? ([...near][0] as DrugEntry) : null;
}, MAX_KNOWN_WORDS);

const misspeltDrug = (word: string): DrugEntry | null => misspeltWord(word.toLowerCase());

/**
 * Every drug name of data/drugs.json in `text`, left to right, longest name
 * first at each position; then words that are one edit from exactly one drug name.
 */
export function findDrugs(text: string): DrugMatch[] {
  const found: DrugMatch[] = (NAMES.find(text)[0] as readonly TermMatch[]).map(({ span, term }) => ({ span, entry: entryOfName[term] as DrugEntry, misspelled: false }));
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
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
