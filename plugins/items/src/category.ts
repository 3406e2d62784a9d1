import { readDataFile, type Category, type Span } from '@imrkit/core';
import type { LabelReading } from './read-label.js';
import { termPattern } from './term-pattern.js';

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
const groups = data.groups.map((group) => ({ ...group, pattern: group.terms ? termPattern(group.terms) : null }));
const MODIFIER_PATTERN = termPattern(data.modifiers);

/** Spans of timing modifiers ("post-surgical"): a term inside one ("surgical") decides nothing. */
function modifierSpans(label: string): Span[] {
  return [...label.matchAll(MODIFIER_PATTERN)].map((m): Span => [m.index, m.index + m[0].length]);
}

const inside = ([s, e]: Span, spans: readonly Span[]): boolean => spans.some(([a, b]) => a <= s && e <= b);

/**
 * The category of an item: the first group of data/categories.json, in its
 * order, with a term in the label outside the text read as quantity, strength
 * and the like. A label with no term but a strength ("Zipsor 25mg") is a
 * medication. The span is the term, drug name or strength that decided it.
 */
export function categorize(label: string, reading: Pick<LabelReading, 'dropped' | 'drugs' | 'strength'>): CategoryMatch | null {
  const modifiers = modifierSpans(label);
  for (const group of groups) {
    if (group.drugs) {
      const drug = reading.drugs[0];
      if (drug) return { category: group.category, span: drug.span, rule: 'items/category-drug' };
      continue;
    }
    for (const m of label.matchAll(group.pattern as RegExp)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (!reading.dropped.overlaps(span) && !inside(span, modifiers)) return { category: group.category, span, rule: 'items/category-lexicon' };
    }
  }
  return reading.strength ? { category: 'medication', span: reading.strength.span, rule: 'items/category-strength' } : null;
}
