import { readDataFile, type Category, type Span } from '@imrkit/core';
import type { DrugMatch } from './drug-lexicon.js';
import type { SpanSet } from './span-set.js';
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
  rule: 'items/category-lexicon' | 'items/category-drug';
}

const groups = readDataFile<{ groups: CategoryGroup[] }>(import.meta.url, '../data/categories.json').groups.map((group) => ({
  ...group,
  pattern: group.terms ? termPattern(group.terms) : null,
}));

/**
 * The category of an item: the first group of data/categories.json, in its
 * order, with a term in the label outside the text read as quantity, strength
 * and the like. The span is the term (or drug name) that decided it.
 */
export function categorize(label: string, dropped: SpanSet, drugs: readonly DrugMatch[]): CategoryMatch | null {
  for (const group of groups) {
    if (group.drugs) {
      const drug = drugs[0];
      if (drug) return { category: group.category, span: drug.span, rule: 'items/category-drug' };
      continue;
    }
    for (const m of label.matchAll(group.pattern as RegExp)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (!dropped.overlaps(span)) return { category: group.category, span, rule: 'items/category-lexicon' };
    }
  }
  return null;
}
