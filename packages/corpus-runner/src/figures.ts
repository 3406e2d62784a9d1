import type { MetricCounts } from './tally.js';

/**
 * The figures of a metric. A figure with nothing to divide by is `null` (nothing
 * predicted has no precision, nothing expected has no recall), so an unsupported
 * metric reads as "no evidence" rather than as a perfect or a failed score.
 */
export type Figures =
  | { kind: 'prf'; precision: number | null; recall: number | null; f1: number | null; support: number }
  | { kind: 'accuracy'; accuracy: number | null; support: number };

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function figures(counts: MetricCounts): Figures {
  if (counts.kind === 'accuracy') {
    return { kind: 'accuracy', accuracy: ratio(counts.correct, counts.total), support: counts.total };
  }
  const { tp, fp, fn } = counts;
  return {
    kind: 'prf',
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    // 2tp / (2tp + fp + fn) is the harmonic mean of P and R, defined even when one of them is not.
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    support: tp + fn,
  };
}

/** The one figure a metric is judged by: F1 for P/R/F1 metrics, else accuracy. */
export function headline(counts: MetricCounts): number | null {
  const result = figures(counts);
  return result.kind === 'prf' ? result.f1 : result.accuracy;
}
