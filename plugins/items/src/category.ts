import { readDataFile, type Category, type Span } from '@imrkit/core';
import type { LabelReading } from './read-label.js';
import { TermIndex, type TermMatch } from './term-index.js';

interface CategoryGroup {
  category: Category;
  terms?: string[];
  /** The group matches any drug name of drugs.json. */
  drugs?: boolean;
}

export interface CategoryMatch {
  category: Category;
  span: Span;
  rule: 'items/category-lexicon' | 'items/category-drug' | 'items/category-strength';
}

const data = readDataFile<{ modifiers: string[]; groups: CategoryGroup[] }>(import.meta.url, '../data/categories.json');
const { groups } = data;
// One index for the modifiers (list 0) and every group's terms (list i + 1), read in one pass per label.
const TERMS = new TermIndex([data.modifiers, ...groups.map((group) => group.terms ?? [])]);

const inside = ([s, e]: Span, spans: readonly Span[]): boolean => spans.some(([a, b]) => a <= s && e <= b);

/**
 * The category of an item: the first group of data/categories.json, in its
 * order, with a term in the label outside the text read as quantity, strength
 * and the like. A label with no term but a strength ("Zipsor 25mg") is a
 * medication. The span is the term, drug name or strength that decided it.
 */
export function categorize(label: string, reading: Pick<LabelReading, 'dropped' | 'drugs' | 'strength'>): CategoryMatch | null {
  const found = TERMS.find(label);
  // A term inside a timing modifier ("post-surgical") decides nothing.
  const modifiers = (found[0] as readonly TermMatch[]).map((m) => m.span);
  for (const [i, group] of groups.entries()) {
    if (group.drugs) {
      const drug = reading.drugs[0];
      if (drug) return { category: group.category, span: drug.span, rule: 'items/category-drug' };
      continue;
    }
    for (const { span } of found[i + 1] as readonly TermMatch[]) {
      if (!reading.dropped.overlaps(span) && !inside(span, modifiers)) return { category: group.category, span, rule: 'items/category-lexicon' };
    }
  }
  return reading.strength ? { category: 'medication', span: reading.strength.span, rule: 'items/category-strength' } : null;
}
