import { readDataFile, type Span } from '@imrkit/core';
import { termPattern } from './term-pattern.js';

export interface DrugEntry {
  names: string[];
  generic: string;
  class: string;
}

/** One drug name found in a label. */
export interface DrugMatch {
  span: Span;
  entry: DrugEntry;
}

const drugs = readDataFile<{ drugs: DrugEntry[] }>(import.meta.url, '../data/drugs.json').drugs;
const byName = new Map<string, DrugEntry>(drugs.flatMap((entry) => entry.names.map((name) => [name, entry] as const)));
const NAME_PATTERN = termPattern([...byName.keys()]);
// The pattern's separators are loose ("MS-Contin", "ms contin"), so the entry is looked up without them.
const looseKey = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, '');
const byLooseName = new Map<string, DrugEntry>([...byName].map(([name, entry]) => [looseKey(name), entry]));

/** Every drug name of data/drugs.json in `text`, left to right, longest name first at each position. */
export function findDrugs(text: string): DrugMatch[] {
  const found: DrugMatch[] = [];
  for (const m of text.matchAll(NAME_PATTERN)) {
    const entry = byLooseName.get(looseKey(m[0]));
    if (entry) found.push({ span: [m.index, m.index + m[0].length], entry });
  }
  return found;
}

/**
 * The generic of the drugs named in one label: their ingredients in order,
 * without repeats, joined by "/" ("Hydrocodone/APAP" → "hydrocodone/acetaminophen").
 */
export function genericOf(matches: readonly DrugMatch[]): string | null {
  const ingredients = [...new Set(matches.flatMap((m) => m.entry.generic.split('/')))];
  return ingredients.length > 0 ? ingredients.join('/') : null;
}
