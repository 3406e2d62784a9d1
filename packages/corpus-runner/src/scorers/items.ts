import type { Item } from '@imrkit/core';
import { pairItems } from '../item-pairing.js';
import { MATCH_MODES, textMatches } from '../normalize.js';
import type { Scorer } from '../scorer.js';
import { countAccuracy, countComparison, countPrf, emptyTally } from '../tally.js';

/** Fields compared exactly on paired items (`null` equals `null`). */
const EXACT_FIELDS = ['decision', 'generic', 'quantity', 'strength', 'refills', 'category'] as const;

/** Registered up front, so a document without paired items reports the same ids. */
const FIELD_METRICS = [...EXACT_FIELDS, 'name', ...MATCH_MODES.map((mode) => `name@${mode}`)].map((field) => `items.${field}`);

/**
 * Guide §3: items pair up in order by label (token-set ≥ 0.8); P/R/F1 from pairs
 * (`items`, and `items@<mode>` with the pairing redone under each text mode); then
 * accuracy on paired items of each field (`items.<field>`), `name` by token-set
 * (`items.name`, and `items.name@<mode>`).
 */
export const scoreItems: Scorer<Item[]> = (expected, got = [], { itemPairing }) => {
  const tally = emptyTally();
  for (const metric of FIELD_METRICS) countAccuracy(tally, metric, 0, 0);
  const pairCounts = (pairs: number) => ({ tp: pairs, fp: got.length - pairs, fn: expected.length - pairs });

  countPrf(tally, 'items', pairCounts(itemPairing.pairs.length));
  for (const mode of MATCH_MODES) {
    const pairs = mode === 'token-set' ? itemPairing.pairs : pairItems(expected, got, mode).pairs;
    countPrf(tally, `items@${mode}`, pairCounts(pairs.length));
  }
  const pairedGot = new Set(itemPairing.pairs.map(([, p]) => p));
  expected.forEach((item, g) => {
    if (!itemPairing.byGolden.has(g)) tally.misses.push({ metric: 'items', path: `/items/${g}`, expected: item.label, got: null });
  });
  got.forEach((item, p) => {
    if (!pairedGot.has(p)) tally.misses.push({ metric: 'items', path: `/items/${p}`, expected: null, got: item.label });
  });

  for (const [g, p] of itemPairing.pairs) {
    const e = expected[g]!;
    const o = got[p]!;
    for (const field of EXACT_FIELDS) {
      countComparison(tally, `items.${field}`, `/items/${g}/${field}`, e[field], o[field], e[field] === o[field]);
    }
    countComparison(tally, 'items.name', `/items/${g}/name`, e.name, o.name, textMatches(e.name, o.name, 'token-set'));
    for (const mode of MATCH_MODES) {
      countAccuracy(tally, `items.name@${mode}`, textMatches(e.name, o.name, mode) ? 1 : 0, 1);
    }
  }
  return tally;
};
