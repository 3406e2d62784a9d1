import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument, type ImrDocument } from '@imrkit/core';
import { fixtures, letterFiles } from './letters.js';
import { mutate, mutation, runs } from './mutations.js';

const letters = letterFiles(fixtures, /\.(txt|md|html)$/);
const SOURCES = ['letter.txt', 'letter.md', 'letter.html', 'pdf-text.txt'];

/** Everything a document promises about offsets: the map climbs, stays inside the original, and spans stay in the text. */
function checkDocument(document: ImrDocument): void {
  const { text, original } = document;
  expect(document.bodyEnd).toBeLessThanOrEqual(text.length);
  for (const [start, end] of document.paragraphs) expect(0 <= start && start <= end && end <= text.length).toBe(true);
  for (const field of document.sections.fields) for (const [start, end] of [field.label, field.value]) expect(0 <= start && start <= end && end <= text.length).toBe(true);
  for (let i = 0; i < text.length; i += Math.max(1, Math.floor(text.length / 50))) {
    const [start, end] = document.toOriginal([i, i + 1]);
    expect(0 <= start && start < end && end <= original.length).toBe(true);
  }
  const [start, end] = document.toOriginal([0, text.length]);
  expect(0 <= start && start <= end && end <= original.length).toBe(true);
}

describe('loadDocument on damaged letters', () => {
  it('never throws and keeps every offset inside the text, for random and mutated letters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ letter: fc.constantFrom(...letters.map((l) => l.content)), mutations: fc.array(mutation, { maxLength: 4 }) }),
          fc.record({ letter: fc.string({ unit: 'binary', maxLength: 2000 }), mutations: fc.constant([]) }),
        ),
        fc.constantFrom(...SOURCES),
        ({ letter, mutations }, source) => {
          checkDocument(loadDocument({ source, content: mutate(letter, mutations) }));
        },
      ),
      { numRuns: runs(0.5), seed: process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : undefined },
    );
  }, 300_000);
});
