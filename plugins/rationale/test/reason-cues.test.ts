import { readdirSync, readFileSync } from 'node:fs';
import { REASON_CODES, type Outcome, type ReasonCode } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { findReasons } from '../src/find-reasons.js';

/** `test/sentences/<code>.json`: sentences that must (positive) or must not (negative) support the code. */
interface SentenceTable {
  positive: string[];
  negative: string[];
}

const folder = new URL('./sentences/', import.meta.url);
const tables = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ code: f.replace(/\.json$/, '') as ReasonCode, table: JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as SentenceTable }));

const codesOf = (sentence: string, code: ReasonCode): string[] => {
  const outcome: Outcome = code === 'criteria-met' ? 'medically-necessary' : 'not-medically-necessary';
  return findReasons(sentence, [0, sentence.length], { outcome, category: null, itemTerms: null }).map((r) => r.value);
};

it('has a sentence table for every reason code', () => {
  expect(tables.map((t) => t.code).sort()).toEqual([...REASON_CODES].sort());
});

describe.each(tables)('$code', ({ code, table }) => {
  it.each(table.positive)('supports it: %s', (sentence) => {
    expect(codesOf(sentence, code)).toContain(code);
  });
  it.each(table.negative)('does not support it: %s', (sentence) => {
    expect(codesOf(sentence, code)).not.toContain(code);
  });
});
