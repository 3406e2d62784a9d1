import { countPrf, emptyTally, textMatches, tokenSetRatio, type Scorer, type ScorerRegistry, type Tally } from '@imrkit/corpus-runner';
import type { Claimant } from './claimant.js';

type Slot = 'age' | 'sex';

/** Guide §3 slot filling: a right value is a TP; a value where the golden has another or null is a FP; a golden value not returned exactly is a FN. */
function fillSlot(tally: Tally, slot: Slot, expected: Claimant[Slot], got: Claimant[Slot]): void {
  const metrics = [`claimant.${slot}`, 'claimant'];
  const count = (add: { tp?: number; fp?: number; fn?: number }) => metrics.forEach((metric) => countPrf(tally, metric, add));
  count({});
  if (got === expected) return got === null ? undefined : count({ tp: 1 });
  if (got !== null) count({ fp: 1 });
  if (expected !== null) count({ fn: 1 });
  tally.misses.push({ metric: metrics[0]!, path: `/claimant/${slot}`, expected, got });
}

/** Pairs diagnoses one to one, most similar first, where their token-set ratio is at least 0.8. */
export function pairDiagnoses(expected: readonly string[], got: readonly string[]): Array<[number, number]> {
  const candidates = expected
    .flatMap((e, i) => got.map((g, j) => ({ i, j, ratio: tokenSetRatio(e, g), match: textMatches(e, g, 'token-set') })))
    .filter((c) => c.match)
    .sort((a, b) => b.ratio - a.ratio || a.i - b.i || a.j - b.j);
  const [usedExpected, usedGot] = [new Set<number>(), new Set<number>()];
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of candidates) {
    if (usedExpected.has(i) || usedGot.has(j)) continue;
    usedExpected.add(i);
    usedGot.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * Scores `claimant`: `age` and `sex` by slot filling, `diagnoses` as a set per
 * letter (P/R/F1, a pair when token-set ratio ≥ 0.8). Metrics `claimant.age`,
 * `claimant.sex`, `claimant.diagnoses` and `claimant` (all three).
 */
export const claimantScorer: Scorer<Claimant> = (expected, got) => {
  const tally = emptyTally();
  fillSlot(tally, 'age', expected.age, got?.age ?? null);
  fillSlot(tally, 'sex', expected.sex, got?.sex ?? null);
  const returned = got?.diagnoses ?? [];
  const pairs = pairDiagnoses(expected.diagnoses, returned);
  const add = { tp: pairs.length, fp: returned.length - pairs.length, fn: expected.diagnoses.length - pairs.length };
  countPrf(tally, 'claimant.diagnoses', add);
  countPrf(tally, 'claimant', add);
  const [pairedExpected, pairedGot] = [new Set(pairs.map(([i]) => i)), new Set(pairs.map(([, j]) => j))];
  expected.diagnoses.forEach((value, i) => {
    if (!pairedExpected.has(i)) tally.misses.push({ metric: 'claimant.diagnoses', path: `/claimant/diagnoses/${i}`, expected: value, got: null });
  });
  returned.forEach((value, j) => {
    if (!pairedGot.has(j)) tally.misses.push({ metric: 'claimant.diagnoses', path: `/claimant/diagnoses/${j}`, expected: null, got: value });
  });
  return tally;
};

/** This package's scorers by record key, for a corpus runner's `scorers` option. */
export const scorers: ScorerRegistry = { claimant: claimantScorer as ScorerRegistry[string] };
