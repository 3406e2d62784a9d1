/** Counts behind a precision / recall / F1 figure. */
export interface PrfCounts {
  kind: 'prf';
  tp: number;
  fp: number;
  fn: number;
}

/** Counts behind an accuracy figure. */
export interface AccuracyCounts {
  kind: 'accuracy';
  correct: number;
  total: number;
}

export type MetricCounts = PrfCounts | AccuracyCounts;

/** A scoring error: what the golden holds and what the record gave, under the metric that counted it. */
export interface Miss {
  /** The metric id, e.g. `dates.injury`, `items.quantity`, `rationale.reasons`. */
  metric: string;
  /** JSON Pointer of the value: in the golden, or in the record for a value the golden lacks. */
  path: string;
  expected: unknown;
  got: unknown;
}

/** What a scorer returns for one document: counts per metric id, and every miss behind them. */
export interface Tally {
  counts: Record<string, MetricCounts>;
  misses: Miss[];
}

export function emptyTally(): Tally {
  return { counts: {}, misses: [] };
}

/** Adds P/R/F1 counts under `metric` (creating it at zero, so a metric with no support still shows). */
export function countPrf(tally: Tally, metric: string, add: { tp?: number; fp?: number; fn?: number } = {}): void {
  const existing = tally.counts[metric];
  if (existing && existing.kind !== 'prf') throw new Error(`Metric ${metric} counted both as P/R/F1 and as accuracy`);
  const counts = existing ?? (tally.counts[metric] = { kind: 'prf', tp: 0, fp: 0, fn: 0 });
  counts.tp += add.tp ?? 0;
  counts.fp += add.fp ?? 0;
  counts.fn += add.fn ?? 0;
}

/** Adds accuracy counts under `metric`: `correct` of `total` compared values. */
export function countAccuracy(tally: Tally, metric: string, correct: number, total: number): void {
  const existing = tally.counts[metric];
  if (existing && existing.kind !== 'accuracy') throw new Error(`Metric ${metric} counted both as accuracy and as P/R/F1`);
  const counts = existing ?? (tally.counts[metric] = { kind: 'accuracy', correct: 0, total: 0 });
  counts.correct += correct;
  counts.total += total;
}

/** Adds every count of `from` into `into`. */
export function addCounts(into: Record<string, MetricCounts>, from: Record<string, MetricCounts>): void {
  const target: Tally = { counts: into, misses: [] };
  for (const [metric, counts] of Object.entries(from)) {
    if (counts.kind === 'prf') countPrf(target, metric, counts);
    else countAccuracy(target, metric, counts.correct, counts.total);
  }
}

/** Merges tallies of several scorers (or documents) into one. */
export function mergeTallies(tallies: readonly Tally[]): Tally {
  const merged = emptyTally();
  for (const tally of tallies) {
    addCounts(merged.counts, tally.counts);
    merged.misses.push(...tally.misses);
  }
  return merged;
}

/** Counts one compared value under an accuracy metric; a wrong one is also a miss. */
export function countComparison(tally: Tally, metric: string, path: string, expected: unknown, got: unknown, correct: boolean): void {
  countAccuracy(tally, metric, correct ? 1 : 0, 1);
  if (!correct) tally.misses.push({ metric, path, expected, got });
}
