/**
 * Compares a record with its golden, pointer by pointer (a simpler rule than the
 * corpus runner's pairing, enough to point at what to look at): a value that
 * differs from the golden at the same JSON Pointer is wrong, a golden value with
 * no value at its pointer is missed, a value where the golden has none is extra.
 */
import { pointerToken, RECORD_KEYS, type RecordData } from '@imrkit/core';

export type Verdict = 'right' | 'wrong' | 'extra';

export interface Comparison {
  /** Verdict per pointer of every non-null scalar of the record. */
  verdicts: Map<string, Verdict>;
  /** Golden values the record does not hold at their pointer, with what it holds there. */
  missed: { pointer: string; expected: unknown; got: unknown }[];
  /** What the golden holds at the pointer of each wrong value. */
  expected: Map<string, unknown>;
}

/** Every non-null scalar leaf under the data keys, by JSON Pointer. */
export function leaves(data: Record<string, unknown>, keys: readonly string[] = dataKeys(data)): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, pointer: string): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${pointerToken(k)}`);
    else out.set(pointer, value);
  };
  for (const key of keys) walk(data[key], `/${pointerToken(key)}`);
  return out;
}

/** The data keys of a record: the core's, plus any a plugin added. */
function dataKeys(data: Record<string, unknown>): string[] {
  const skip = new Set(['source', 'variant', 'spans', 'issues', 'trace']);
  return [...new Set([...RECORD_KEYS, ...Object.keys(data).filter((k) => !skip.has(k))])];
}

const normalize = (value: unknown): unknown =>
  typeof value === 'string'
    ? value
        .toLowerCase()
        .replace(/&/g, ' and ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
    : value;

export function compareRecord(record: Record<string, unknown>, golden: Partial<RecordData> & Record<string, unknown>): Comparison {
  const keys = [...new Set([...dataKeys(record), ...Object.keys(golden)])];
  const got = leaves(record, keys);
  const want = leaves(golden, keys);
  const verdicts = new Map<string, Verdict>();
  const expected = new Map<string, unknown>();
  for (const [pointer, value] of got) {
    if (!want.has(pointer)) verdicts.set(pointer, 'extra');
    else if (normalize(want.get(pointer)) === normalize(value)) verdicts.set(pointer, 'right');
    else {
      verdicts.set(pointer, 'wrong');
      expected.set(pointer, want.get(pointer));
    }
  }
  const missed = [...want].filter(([pointer]) => !got.has(pointer)).map(([pointer, value]) => ({ pointer, expected: value, got: null }));
  return { verdicts, missed, expected };
}
