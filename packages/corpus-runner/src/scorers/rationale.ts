import { REASON_CODES, type Rationale } from '@imrkit/core';
import type { Scorer } from '../scorer.js';
import { countComparison, countPrf, emptyTally } from '../tally.js';

interface ReasonPair {
  /** Predicted item index (golden items mapped through the pairing); `null` for an unpaired golden item. */
  item: number | null;
  code: string;
  /** Where the pair sits, for misses. */
  path: string;
}

const pairKey = (pair: ReasonPair): string => `${pair.item}|${pair.code}`;

/** The distinct (item, code) pairs of a rationale list, items mapped by `itemOf`. */
function reasonPairs(rationale: readonly Rationale[], itemOf: (item: number) => number | null): Map<string, ReasonPair> {
  const pairs = new Map<string, ReasonPair>();
  rationale.forEach((entry, r) => {
    for (const code of entry.reasons) {
      const pair = { item: itemOf(entry.item), code, path: `/rationale/${r}/reasons` };
      // An unpaired golden item's pairs can never match; keep each one apart.
      const key = pair.item === null ? `golden ${entry.item}|${code}` : pairKey(pair);
      if (!pairs.has(key)) pairs.set(key, pair);
    }
  });
  return pairs;
}

/**
 * Guide §3: outcome accuracy per golden item, through the item pairing (an unpaired
 * golden item is wrong): `rationale.outcome`. Reasons as a set of (item, code) pairs,
 * items mapped: P/R/F1 overall (`rationale.reasons`) and per code
 * (`rationale.reasons.<code>`, all 15 always reported).
 */
export const scoreRationale: Scorer<Rationale[]> = (expected, got = [], { itemPairing }) => {
  const tally = emptyTally();
  countPrf(tally, 'rationale.reasons');
  for (const code of REASON_CODES) countPrf(tally, `rationale.reasons.${code}`);

  expected.forEach((entry, r) => {
    const item = itemPairing.byGolden.get(entry.item);
    const outcome = item === undefined ? undefined : got.find((candidate) => candidate.item === item)?.outcome ?? null;
    const path = `/rationale/${r}/outcome`;
    countComparison(tally, 'rationale.outcome', path, entry.outcome, outcome ?? null, outcome !== undefined && outcome === entry.outcome);
  });

  const golden = reasonPairs(expected, (item) => itemPairing.byGolden.get(item) ?? null);
  const predicted = reasonPairs(got, (item) => item);
  const count = (pair: ReasonPair, add: { tp?: number; fp?: number; fn?: number }) => {
    countPrf(tally, 'rationale.reasons', add);
    countPrf(tally, `rationale.reasons.${pair.code}`, add);
  };
  for (const [key, pair] of golden) {
    if (predicted.has(key)) count(pair, { tp: 1 });
    else {
      count(pair, { fn: 1 });
      tally.misses.push({ metric: 'rationale.reasons', path: pair.path, expected: pair.code, got: null });
    }
  }
  for (const [key, pair] of predicted) {
    if (golden.has(key)) continue;
    count(pair, { fp: 1 });
    tally.misses.push({ metric: 'rationale.reasons', path: pair.path, expected: null, got: pair.code });
  }
  return tally;
};
