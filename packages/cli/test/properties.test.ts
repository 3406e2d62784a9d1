import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, loadDocument, RECORD_KEYS, type Extractor } from '@imrkit/core';
import { loadPlugins } from '../src/plugins.js';
import { mutate, mutation, runs } from '../../core/test/mutations.js';

const corpus = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../corpus/dev/${path}`, import.meta.url)), 'utf8');
const LETTERS = [
  { source: 'letter.txt', content: corpus('101-hb-lumbar-opioids/plain.txt') },
  { source: 'pdf-text.txt', content: corpus('102-mx-cervical-mri/pdf-text.txt') },
  { source: 'letter.md', content: corpus('103-pr-lumbar-injections/markdown.md') },
  { source: 'letter.html', content: corpus('101-hb-lumbar-opioids/html.html') },
];

let extractor: Extractor;

beforeAll(async () => {
  extractor = createExtractor(await loadPlugins());
});

describe('extraction of damaged letters, with every registered plugin', () => {
  it('never throws, keeps every span inside the text and every key of the guide', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: fc.record({ letter: fc.constantFrom(...LETTERS), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) }) },
          { weight: 1, arbitrary: fc.record({ letter: fc.record({ source: fc.constantFrom('a.txt', 'a.md', 'a.html'), content: fc.string({ unit: 'binary', maxLength: 3000 }) }), mutations: fc.constant([]) }) },
        ),
        ({ letter, mutations }) => {
          const document = loadDocument({ source: letter.source, content: mutate(letter.content, mutations) });
          const record = extractor.extract(document);
          for (const key of ['source', 'variant', ...RECORD_KEYS, 'spans', 'issues']) expect(record).toHaveProperty(key);
          for (const [pointer, [start, end]] of Object.entries(record.spans)) {
            expect(0 <= start && start <= end && end <= document.original.length, pointer).toBe(true);
          }
          expect(record.issues.filter((issue) => issue.message.startsWith('Plugin failed'))).toEqual([]);
        },
      ),
      { numRuns: runs(0.5), seed: process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : undefined },
    );
  }, 300_000);
});
