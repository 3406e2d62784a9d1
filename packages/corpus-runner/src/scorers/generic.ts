import { pointerToken } from '@imrkit/core';
import { jsonLeaves, type Leaf } from '../json-leaves.js';
import type { Scorer } from '../scorer.js';
import { countSet, distinct } from '../set-matching.js';
import { fillSlots, type Slot } from '../slot-filling.js';
import { countPrf, emptyTally } from '../tally.js';

const asList = (leaf: Leaf | undefined): readonly unknown[] =>
  leaf === undefined || leaf === null ? [] : Array.isArray(leaf) ? leaf : [leaf];

/** `/claimant/aliases/0/name` → `claimant.aliases.name`: list indices are positions, not fields. */
const metricOf = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');

/**
 * The scorer of a record key that has no scorer of its own (a new plugin's key):
 * slot filling over every scalar leaf by JSON Pointer, lists of scalars as sets.
 * Metrics: the key (all leaves) and one per field path, list indices dropped.
 */
export function genericScorer(key: string): Scorer<unknown> {
  return (expected, got) => {
    const tally = emptyTally();
    countPrf(tally, key);
    const base = `/${pointerToken(key)}`;
    const golden = jsonLeaves(expected, base);
    const record = jsonLeaves(got, base);
    const slots: Slot[] = [];
    for (const path of new Set([...golden.keys(), ...record.keys()])) {
      const [e, o] = [golden.get(path), record.get(path)];
      const metric = metricOf(path);
      if (Array.isArray(e) || Array.isArray(o)) {
        countSet(tally, [metric, key], path, distinct(asList(e)), distinct(asList(o)), (a, b) => a === b);
      } else {
        slots.push({ metric, path, expected: e, got: o });
      }
    }
    fillSlots(tally, key, slots);
    return tally;
  };
}
