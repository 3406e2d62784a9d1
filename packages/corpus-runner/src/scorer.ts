import type { RecordData } from '@imrkit/core';
import type { ItemPairing } from './item-pairing.js';
import type { Tally } from './tally.js';

/** A golden file's content: the data keys of a record, including keys that plugins add. */
export type Golden = Partial<RecordData> & Record<string, unknown>;

/** What every scorer of a document sees besides its own key's values. */
export interface ScoreContext {
  /** Golden items paired with predicted items (guide rule: in order, token-set ≥ 0.8); citations and rationale map item indices through it. */
  itemPairing: ItemPairing;
  /** The whole golden, for scorers whose key depends on another. */
  golden: Golden;
  /** The whole record's data keys, as extracted. */
  record: Record<string, unknown>;
}

/**
 * Scores one record key of one document: the golden value against the extracted one
 * (`undefined` when the record lacks the key). Pure; the runner sums tallies over the corpus.
 * Metric ids start with the key: `claimant`, `claimant.name`.
 *
 * @example
 *   const claimant: Scorer<Claimant> = (expected, got) => {
 *     const tally = emptyTally();
 *     countAccuracy(tally, 'claimant.name', expected.name === got?.name ? 1 : 0, 1);
 *     return tally;
 *   };
 */
export type Scorer<T = unknown> = (expected: T, got: T | undefined, context: ScoreContext) => Tally;

/** Scorers by record key (each typed for its own key, hence `never`); a key without one is scored by the generic scorer. */
export type ScorerRegistry = Record<string, Scorer<never>>;
