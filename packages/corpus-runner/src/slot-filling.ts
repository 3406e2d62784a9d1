import { countPrf, type Tally } from './tally.js';

/** One slot: a field's golden and extracted values (`null` or `undefined` when not stated). */
export interface Slot {
  /** Metric id of the field, e.g. `dates.injury`. */
  metric: string;
  /** JSON Pointer of the field, the same in golden and record. */
  path: string;
  expected: unknown;
  got: unknown;
}

const stated = (value: unknown): boolean => value !== null && value !== undefined;

/**
 * Guide §3 slot filling, counted under each slot's metric and under `total`: a right
 * value is a true positive; a value where the golden has another value or null is a
 * false positive; a golden value not returned exactly is a false negative. So a wrong
 * value counts twice (fp and fn), and yields one miss.
 */
export function fillSlots(tally: Tally, total: string, slots: readonly Slot[]): void {
  countPrf(tally, total);
  for (const { metric, path, expected, got } of slots) {
    const right = stated(expected) && got === expected;
    const add = { tp: right ? 1 : 0, fp: stated(got) && !right ? 1 : 0, fn: stated(expected) && !right ? 1 : 0 };
    countPrf(tally, metric, add);
    if (metric !== total) countPrf(tally, total, add);
    if (add.fp + add.fn > 0) {
      tally.misses.push({ metric, path, expected: expected ?? null, got: got ?? null });
    }
  }
}
