import { VARIANTS, type Variant } from '@imrkit/core';
import { figures, headline } from './figures.js';
import { MATCH_MODES, type MatchMode } from './normalize.js';
import type { CorpusResult, Slice } from './result.js';
import type { MetricCounts, Miss } from './tally.js';

/** A table as rows of cells, shared by the console and Markdown renderers. */
export interface Table {
  headers: string[];
  /** Columns whose cells are right-aligned (numbers). */
  numeric: boolean[];
  rows: string[][];
}

const REASON_PREFIX = 'rationale.reasons.';

export const formatFigure = (value: number | null): string => (value === null ? '–' : value.toFixed(3));

export const formatValue = (value: unknown): string => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** `/dates/injury: expected "2001-08-01", got "2001-08-10"` */
export const describeMiss = (miss: Miss): string => `${miss.path}: expected ${formatValue(miss.expected)}, got ${formatValue(miss.got)}`;

/** The plugin (record key) of a metric id: `items.name@strict` → `items`. */
export const pluginOf = (metric: string): string => metric.split(/[.@]/)[0]!;

/** The variants the result holds, in the guide's order. */
export const variantsOf = (result: CorpusResult): Variant[] => VARIANTS.filter((variant) => result.byVariant[variant]);

/**
 * Metric ids in reading order: plugins in the result's key order, each plugin's own row
 * first, then fields in the order scorers emit them, each field's `@mode` rows after it.
 */
export function orderedMetrics(result: CorpusResult): string[] {
  const ids = Object.keys(result.overall.metrics);
  const baseOf = (id: string) => id.split('@')[0]!;
  const firstSeen = new Map<string, number>();
  ids.forEach((id, i) => firstSeen.has(baseOf(id)) || firstSeen.set(baseOf(id), i));
  const pluginRank = (id: string) => {
    const rank = result.keys.indexOf(pluginOf(id));
    return rank === -1 ? result.keys.length : rank;
  };
  const modeRank = (id: string) => MATCH_MODES.indexOf(id.split('@')[1] as MatchMode);
  return ids.sort(
    (a, b) =>
      pluginRank(a) - pluginRank(b) ||
      pluginOf(a).localeCompare(pluginOf(b)) ||
      Number(baseOf(a) !== pluginOf(a)) - Number(baseOf(b) !== pluginOf(b)) ||
      firstSeen.get(baseOf(a))! - firstSeen.get(baseOf(b))! ||
      modeRank(a) - modeRank(b),
  );
}

export const isReasonCodeMetric = (metric: string): boolean => metric.startsWith(REASON_PREFIX);

/** The metrics that sum up each plugin: its own row, or its fields when it has none (rationale). */
export function pluginMetrics(metrics: readonly string[]): string[] {
  return metrics.filter(
    (id) =>
      !id.includes('@') &&
      !isReasonCodeMetric(id) &&
      (id === pluginOf(id) || (!metrics.includes(pluginOf(id)) && id.split('.').length === 2)),
  );
}

/** Documents and failures, overall then per variant, joined by " · " and wrapped at `width` columns. */
export function documentsLines(result: CorpusResult, width = Infinity): string[] {
  const count = (slice: Slice) => `${slice.documents} (${slice.failed} failed)`;
  const parts = [
    `Documents: ${count(result.overall)}`,
    ...variantsOf(result).map((variant) => `${variant} ${count(result.byVariant[variant]!)}`),
  ];
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + part.length <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(lines.length === 0 ? part : `  ${part}`);
  }
  return lines;
}

export function parityLine(result: CorpusResult): string {
  const { letters, inParity, share } = result.parity;
  if (letters === 0) return 'Variant parity: no letter has two variants';
  return `Variant parity: ${inParity} of ${letters} letters (${((share ?? 0) * 100).toFixed(1)}%)`;
}

/** Support, P, R and F1 of a metric; an accuracy metric has its accuracy in the F1 cell and no P or R. */
function figureCells(counts: MetricCounts): string[] {
  const result = figures(counts);
  return result.kind === 'prf'
    ? [String(result.support), formatFigure(result.precision), formatFigure(result.recall), formatFigure(result.f1)]
    : [String(result.support), '', '', formatFigure(result.accuracy)];
}

/** Rows are plugins and fields; P, R, F1 (or accuracy) overall, then the headline figure per variant. */
export function metricTable(result: CorpusResult): Table {
  const variants = variantsOf(result);
  const rows = orderedMetrics(result)
    .filter((metric) => !isReasonCodeMetric(metric))
    .map((metric) => {
      const counts = result.overall.metrics[metric]!;
      const perVariant = variants.map((variant) => {
        const variantCounts = result.byVariant[variant]!.metrics[metric];
        return variantCounts ? formatFigure(headline(variantCounts)) : '';
      });
      return [metric, counts.kind === 'prf' ? 'F1' : 'Acc', ...figureCells(counts), ...perVariant];
    });
  return {
    headers: ['metric', 'kind', 'n', 'P', 'R', 'F1/Acc', ...variants],
    numeric: [false, false, true, true, true, true, ...variants.map(() => true)],
    rows,
  };
}

/** One row per reason code: support, P, R, F1 over the corpus, so weak codes show. */
export function reasonCodeTable(result: CorpusResult): Table {
  const rows = orderedMetrics(result)
    .filter(isReasonCodeMetric)
    .map((metric) => [metric.slice(REASON_PREFIX.length), ...figureCells(result.overall.metrics[metric]!)]);
  return { headers: ['reason code', 'support', 'P', 'R', 'F1'], numeric: [false, true, true, true, true], rows };
}

/**
 * One split's figures: rows are plugins and fields (without the `@mode` rows), the
 * split's headline figure then one per variant. Printed for dev and for test, a
 * drop from one to the other shows overfitting at a glance.
 */
export function splitTable(result: CorpusResult, split: string): Table {
  const variants = variantsOf(result);
  const columns = [result.bySplit[split], ...variants.map((variant) => result.bySplitVariant[split]?.[variant])];
  const rows = orderedMetrics(result)
    .filter((metric) => !isReasonCodeMetric(metric) && !metric.includes('@'))
    .map((metric) => [
      metric,
      ...columns.map((slice) => {
        const counts = slice?.metrics[metric];
        return counts ? formatFigure(headline(counts)) : '';
      }),
    ]);
  return { headers: [`split: ${split}`, 'all', ...variants], numeric: [false, ...columns.map(() => true)], rows };
}

/** The splits worth a table of their own: all of them, when there are two or more. */
export const reportedSplits = (result: CorpusResult): string[] => {
  const splits = Object.keys(result.bySplit).sort();
  return splits.length > 1 ? splits : [];
};
