import { readFileSync } from 'node:fs';
import { createExtractor, loadDocument } from '@imrkit/core';
import { findSeedsDir, seedLetters } from '@imrkit/plugin-testing';
import { describe, expect, it } from 'vitest';
import { claimantPlugin } from '../src/index.js';

// The seeds' goldens predate this plugin: a letter is compared only where its golden holds `claimant`.
const dir = findSeedsDir();

describe.skipIf(!dir)('claimant on the seed letters', () => {
  const extractor = createExtractor([claimantPlugin]);
  const letters = dir ? seedLetters(dir) : [];
  it.each(letters.map((letter) => [letter.name, letter] as const))('%s', (_name, letter) => {
    const document = loadDocument({ source: letter.path, content: readFileSync(letter.path, 'utf8') });
    const record = extractor.extract(document);
    expect(record.issues.filter((issue) => issue.plugin === 'claimant')).toEqual([]);
    if ('claimant' in letter.expected) expect(record.claimant).toEqual(letter.expected.claimant);
    else expect(record.claimant.age).toEqual(expect.any(Number));
  });
});
