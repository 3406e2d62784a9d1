import type { Citation } from '@imrkit/core';
import { maxWeightAssignment } from '../assignment.js';
import type { ItemPairing } from '../item-pairing.js';
import { MATCH_MODES, textMatches, textSimilarity } from '../normalize.js';
import type { Scorer } from '../scorer.js';
import { countAccuracy, countComparison, countPrf, emptyTally, type Tally } from '../tally.js';

/** Registered up front, so a document without matched pairs reports the same ids. */
const FIELD_METRICS = ['document', 'year', 'pages', 'topics', ...MATCH_MODES.flatMap((mode) => [`document@${mode}`, `topics@${mode}`])].map(
  (field) => `citations.${field}`,
);

const keyOf = (item: number, citation: Citation): string => `${item}|${citation.by}|${citation.guideline}`;

/**
 * Matches citations on the key (item, by, guideline) as a multiset. A golden citation's
 * item is first mapped to its paired predicted item (unpaired: it cannot match). Within
 * one key, golden and predicted citations pair up to maximise total `document` similarity.
 */
export function matchCitations(expected: readonly Citation[], got: readonly Citation[], itemPairing: ItemPairing): Array<[number, number]> {
  const groups = new Map<string, { golden: number[]; predicted: number[] }>();
  const group = (key: string) => groups.get(key) ?? groups.set(key, { golden: [], predicted: [] }).get(key)!;
  expected.forEach((citation, g) => {
    const item = itemPairing.byGolden.get(citation.item);
    if (item !== undefined) group(keyOf(item, citation)).golden.push(g);
  });
  got.forEach((citation, p) => group(keyOf(citation.item, citation)).predicted.push(p));

  const pairs: Array<[number, number]> = [];
  for (const { golden, predicted } of groups.values()) {
    const weights = golden.map((g) => predicted.map((p) => textSimilarity(expected[g]!.document, got[p]!.document, 'token-set')));
    for (const [row, column] of maxWeightAssignment(weights)) pairs.push([golden[row]!, predicted[column]!]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

const sameSet = (a: readonly number[], b: readonly number[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((page) => right.has(page));
};

/** Each golden topic found among the predicted topics: one accuracy count per golden topic. */
function countTopics(tally: Tally, path: string, expected: readonly string[], got: readonly string[]): void {
  expected.forEach((topic, t) => {
    const found = got.some((candidate) => textMatches(topic, candidate, 'token-set'));
    countComparison(tally, 'citations.topics', `${path}/topics/${t}`, topic, got, found);
    for (const mode of MATCH_MODES) {
      countAccuracy(tally, `citations.topics@${mode}`, got.some((candidate) => textMatches(topic, candidate, mode)) ? 1 : 0, 1);
    }
  });
}

/**
 * Guide §3: P/R/F1 on citation keys (`citations`); then on matched pairs accuracy of
 * `document` (token-set ≥ 0.8, also `@<mode>`), `year`, `pages` (set equal) and
 * `topics` (per golden topic, also `@<mode>`).
 */
export const scoreCitations: Scorer<Citation[]> = (expected, got = [], { itemPairing }) => {
  const tally = emptyTally();
  for (const metric of FIELD_METRICS) countAccuracy(tally, metric, 0, 0);
  const pairs = matchCitations(expected, got, itemPairing);
  countPrf(tally, 'citations', { tp: pairs.length, fp: got.length - pairs.length, fn: expected.length - pairs.length });
  const matchedGolden = new Set(pairs.map(([g]) => g));
  const matchedGot = new Set(pairs.map(([, p]) => p));
  expected.forEach((citation, g) => {
    if (!matchedGolden.has(g)) tally.misses.push({ metric: 'citations', path: `/citations/${g}`, expected: citation, got: null });
  });
  got.forEach((citation, p) => {
    if (!matchedGot.has(p)) tally.misses.push({ metric: 'citations', path: `/citations/${p}`, expected: null, got: citation });
  });

  for (const [g, p] of pairs) {
    const e = expected[g]!;
    const o = got[p]!;
    const path = `/citations/${g}`;
    countComparison(
      tally,
      'citations.document',
      `${path}/document`,
      e.document,
      o.document,
      textMatches(e.document, o.document, 'token-set'),
    );
    for (const mode of MATCH_MODES) {
      countAccuracy(tally, `citations.document@${mode}`, textMatches(e.document, o.document, mode) ? 1 : 0, 1);
    }
    countComparison(tally, 'citations.year', `${path}/year`, e.year, o.year, e.year === o.year);
    countComparison(tally, 'citations.pages', `${path}/pages`, e.pages, o.pages, sameSet(e.pages, o.pages));
    countTopics(tally, path, e.topics, o.topics);
  }
  return tally;
};
