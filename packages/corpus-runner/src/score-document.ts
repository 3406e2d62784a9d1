import type { Item } from '@imrkit/core';
import { pairItems } from './item-pairing.js';
import type { Golden, ScoreContext, ScorerRegistry } from './scorer.js';
import { scorerFor } from './scorers/registry.js';
import { mergeTallies, type Tally } from './tally.js';

/**
 * Scores one record against its letter's golden on `keys`. The item pairing is made
 * once here, under the guide's rule, because items, citations and rationale all use it.
 */
export function scoreDocument(
  golden: Golden,
  record: Record<string, unknown>,
  keys: readonly string[],
  scorers: ScorerRegistry = {},
): Tally {
  const context: ScoreContext = {
    itemPairing: pairItems(golden.items ?? [], (record.items as Item[] | undefined) ?? []),
    golden,
    record,
  };
  return mergeTallies(keys.map((key) => scorerFor(key, scorers)(golden[key], record[key], context)));
}
