import { maxWeightAssignment } from './assignment.js';
import { countPrf, type Tally } from './tally.js';

export interface SetMatch<T> {
  /** Pairs of equal values, as `[expected, got]`. */
  matched: Array<[T, T]>;
  /** Expected values nothing matched (false negatives). */
  missing: T[];
  /** Returned values that match nothing expected (false positives). */
  spurious: T[];
}

/** Drops later values equal (under `key`) to an earlier one: lists compared as sets. */
export function distinct<T>(values: readonly T[], key: (value: T) => unknown = (value) => value): T[] {
  const seen = new Set<unknown>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Matches two sets one-to-one under an equality that need not be transitive (token-set
 * similarity), pairing as many values as possible. Callers dedupe first (see {@link distinct}).
 */
export function matchSets<T>(expected: readonly T[], got: readonly T[], equal: (a: T, b: T) => boolean): SetMatch<T> {
  const weights = expected.map((e) => got.map((g) => (equal(e, g) ? 1 : 0)));
  const pairs = maxWeightAssignment(weights).filter(([e, g]) => weights[e]![g] === 1);
  const pairedExpected = new Set(pairs.map(([e]) => e));
  const pairedGot = new Set(pairs.map(([, g]) => g));
  return {
    matched: pairs.map(([e, g]) => [expected[e]!, got[g]!]),
    missing: expected.filter((_, i) => !pairedExpected.has(i)),
    spurious: got.filter((_, i) => !pairedGot.has(i)),
  };
}

/**
 * Set P/R/F1 of one document's list, counted under every metric in `metrics` (e.g. a
 * field and its plugin's total); each unmatched value is a miss under the first.
 */
export function countSet<T>(
  tally: Tally,
  metrics: readonly [string, ...string[]],
  path: string,
  expected: readonly T[],
  got: readonly T[],
  equal: (a: T, b: T) => boolean,
): void {
  const { matched, missing, spurious } = matchSets(expected, got, equal);
  for (const metric of new Set(metrics)) countPrf(tally, metric, { tp: matched.length, fp: spurious.length, fn: missing.length });
  for (const value of missing) tally.misses.push({ metric: metrics[0], path, expected: value, got: null });
  for (const value of spurious) tally.misses.push({ metric: metrics[0], path, expected: null, got: value });
}
