import { figures, type Figures } from './figures.js';
import type { CorpusResult, LetterMiss, Parity, Slice } from './result.js';
import { orderedMetrics } from './report-rows.js';
import type { MetricCounts } from './tally.js';

export interface JsonSlice {
  documents: number;
  failed: number;
  /** Counts and figures per metric id, in reading order. */
  metrics: Record<string, MetricCounts & Figures>;
}

/** The machine-readable report (`--json`): counts with their figures, failures, misses and parity. */
export interface JsonReport {
  keys: string[];
  overall: JsonSlice;
  byVariant: Record<string, JsonSlice>;
  bySplit: Record<string, JsonSlice>;
  bySplitVariant: Record<string, Record<string, JsonSlice>>;
  parity: Parity;
  failures: Array<{ letter: string; variant: string; path: string; error: string }>;
  misses: LetterMiss[];
}

const mapValues = <T, U>(record: Partial<Record<string, T>>, map: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as T)]));

export function toJsonReport(result: CorpusResult): JsonReport {
  const order = orderedMetrics(result);
  const slice = (s: Slice): JsonSlice => ({
    documents: s.documents,
    failed: s.failed,
    metrics: Object.fromEntries(
      order.filter((id) => s.metrics[id]).map((id) => [id, { ...s.metrics[id]!, ...figures(s.metrics[id]!) } as MetricCounts & Figures]),
    ),
  });
  return {
    keys: result.keys,
    overall: slice(result.overall),
    byVariant: mapValues(result.byVariant, slice),
    bySplit: mapValues(result.bySplit, slice),
    bySplitVariant: mapValues(result.bySplitVariant, (variants) => mapValues(variants, slice)),
    parity: result.parity,
    failures: result.letters.flatMap((letter) =>
      letter.documents
        .filter((document) => document.failed)
        .map((document) => ({ letter: letter.id, variant: document.variant, path: document.path, error: document.error ?? '' })),
    ),
    misses: result.misses,
  };
}

export const renderJsonReport = (result: CorpusResult): string => `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
