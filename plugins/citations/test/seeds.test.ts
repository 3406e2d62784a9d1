import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createExtractor, loadDocument } from '@imrkit/core';
import { itemsPlugin } from '@imrkit/plugin-items';
import { describe, expect, it } from 'vitest';
import { citationsPlugin } from '../src/index.js';

const seeds = new URL('../../../../shared/seeds/', import.meta.url);

describe.skipIf(!existsSync(seeds))('citations on the seed letters', () => {
  const letters = existsSync(seeds) ? readdirSync(seeds) : [];
  it.each(letters)('%s', (letter) => {
    const dir = new URL(`${letter}/`, seeds);
    const file = readdirSync(dir).find((f) => f !== 'expected.json') as string;
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
    const document = loadDocument({ source: file, content: readFileSync(new URL(file, dir), 'utf8') });
    expect(createExtractor([itemsPlugin, citationsPlugin]).extract(document).citations).toEqual(expected.citations);
  });
});
