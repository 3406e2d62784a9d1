import { headline } from './figures.js';
import type { CorpusResult, Slice } from './result.js';

/** The scope of the whole corpus; other scopes are `split/variant`, e.g. `dev/pdf-text`. */
export const OVERALL_SCOPE = 'all';

/**
 * Every metric's headline figure (F1 or accuracy), overall and per split × variant:
 * what `corpus/baseline.json` holds. Keys are sorted and figures rounded to four
 * places, so the file only changes when a score does.
 */
export interface Baseline {
  metrics: Record<string, Record<string, number>>;
}

/** A figure that fell by more than the tolerance, or that the result no longer has (`after: null`). */
export interface Drop {
  metric: string;
  scope: string;
  before: number;
  after: number | null;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

export function toBaseline(result: CorpusResult): Baseline {
  const scopes: Array<[string, Slice]> = [[OVERALL_SCOPE, result.overall]];
  for (const [split, variants] of Object.entries(result.bySplitVariant)) {
    for (const [variant, slice] of Object.entries(variants)) scopes.push([`${split}/${variant}`, slice!]);
  }
  const metrics: Record<string, Record<string, number>> = {};
  for (const [scope, slice] of scopes) {
    for (const [metric, counts] of Object.entries(slice.metrics)) {
      const figure = headline(counts);
      // A metric with nothing counted has no figure to hold (see figures()).
      if (figure !== null) (metrics[metric] ??= {})[scope] = round(figure);
    }
  }
  // Plain code-unit order (not locale order), so the file is the same on every machine.
  const inOrder = <T>(record: Record<string, T>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, record[key]!]));
  const scopeOrder = (scopes: string[]) => scopes.sort().sort((a, b) => Number(b === OVERALL_SCOPE) - Number(a === OVERALL_SCOPE));
  return {
    metrics: inOrder(
      Object.fromEntries(Object.entries(metrics).map(([metric, figures]) => [metric, inOrder(figures, scopeOrder(Object.keys(figures)))])),
      Object.keys(metrics).sort(),
    ),
  };
}

/**
 * The figures of `baseline` that `result` fell below by more than `tolerance`, and the
 * ones it no longer reports. A metric or scope new since the baseline is not a drop.
 */
export function compareBaseline(result: CorpusResult, baseline: Baseline, tolerance = 0.005): Drop[] {
  if (typeof baseline?.metrics !== 'object' || baseline.metrics === null)
    throw new Error('Malformed baseline: expected { "metrics": { ... } }');
  const now = toBaseline(result).metrics;
  const drops: Drop[] = [];
  for (const [metric, scopes] of Object.entries(baseline.metrics)) {
    for (const [scope, before] of Object.entries(scopes)) {
      const after = now[metric]?.[scope];
      // The epsilon keeps a drop of exactly the tolerance (0.9 → 0.895) from counting through float error.
      if (after === undefined || after < before - tolerance - 1e-9) drops.push({ metric, scope, before, after: after ?? null });
    }
  }
  return drops;
}
