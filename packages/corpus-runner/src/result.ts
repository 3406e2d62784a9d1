import type { Variant } from '@imrkit/core';
import type { Leaf } from './json-leaves.js';
import type { Golden } from './scorer.js';
import type { MetricCounts, Miss } from './tally.js';

/** Micro-summed counts of a set of documents (the corpus, one variant, one split, one split × variant). */
export interface Slice {
  documents: number;
  /** Documents that failed outright: the extractor threw, or the record has an error issue and no data. */
  failed: number;
  metrics: Record<string, MetricCounts>;
}

/** One variant of one letter, extracted and scored. */
export interface DocumentResult {
  variant: Variant;
  path: string;
  failed: boolean;
  /** Why it failed: the thrown message or the record's error issues. */
  error?: string;
  /** The record's data keys as extracted. */
  data: Record<string, unknown>;
  counts: Record<string, MetricCounts>;
}

export interface LetterResult {
  id: string;
  split: string;
  dir: string;
  expected: Golden;
  documents: DocumentResult[];
}

/** A miss, with the document it happened in. */
export interface LetterMiss extends Miss {
  letter: string;
  variant: Variant;
}

/** A JSON Pointer where a letter's variants disagree, with each variant's value (absent: no such value). */
export interface ParityDifference {
  pointer: string;
  values: Partial<Record<Variant, Leaf>>;
}

export interface Parity {
  /** Letters with two variants or more. */
  letters: number;
  /** Of those, the letters whose variants all gave the same data. */
  inParity: number;
  /** `inParity / letters`; `null` when no letter has two variants. */
  share: number | null;
  /** The letters not in parity, with where they differ. */
  differing: Array<{ letter: string; differences: ParityDifference[] }>;
}

/** Everything `runCorpus` measured. */
export interface CorpusResult {
  /** The record keys scored, in the guide's order then the others. */
  keys: string[];
  overall: Slice;
  byVariant: Partial<Record<Variant, Slice>>;
  bySplit: Record<string, Slice>;
  bySplitVariant: Record<string, Partial<Record<Variant, Slice>>>;
  letters: LetterResult[];
  misses: LetterMiss[];
  parity: Parity;
}
