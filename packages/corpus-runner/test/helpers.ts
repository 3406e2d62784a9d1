import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImrRecord, Variant } from '@imrkit/core';
import { discoverCorpus, figures, runCorpus, type CorpusResult, type Figures, type RunOptions } from '../src/index.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The test extractor: a fixture letter's prediction for a variant is `predicted.<variant>.json` beside it. */
export async function extractPrediction(path: string, variant: Variant): Promise<ImrRecord> {
  const data = JSON.parse(await readFile(join(dirname(path), `predicted.${variant}.json`), 'utf8')) as Partial<ImrRecord>;
  return { source: path, variant, spans: {}, issues: [], ...data } as ImrRecord;
}

/** Discovers a fixture corpus and runs it with the prediction files. */
export function runFixture(name: string, options: Partial<RunOptions> = {}): Promise<CorpusResult> {
  return runCorpus({ letters: discoverCorpus([fixture(name)]), extract: extractPrediction, ...options });
}

/** A metric's overall figures, rounded to 3 places so hand-computed values compare exactly. */
export function overall(result: CorpusResult, metric: string): Figures {
  const counts = result.overall.metrics[metric];
  if (!counts) throw new Error(`No metric ${metric}; metrics: ${Object.keys(result.overall.metrics).join(', ')}`);
  return rounded(figures(counts));
}

export function rounded(value: Figures): Figures {
  const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
  return value.kind === 'prf'
    ? { ...value, precision: round(value.precision), recall: round(value.recall), f1: round(value.f1) }
    : { ...value, accuracy: round(value.accuracy) };
}

export const prf = (precision: number | null, recall: number | null, f1: number | null, support: number): Figures => ({
  kind: 'prf',
  precision,
  recall,
  f1,
  support,
});

export const acc = (accuracy: number | null, support: number): Figures => ({ kind: 'accuracy', accuracy, support });
