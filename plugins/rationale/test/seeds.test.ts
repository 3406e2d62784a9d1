import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createExtractor, loadDocument, type Rationale } from '@imrkit/core';
import { itemsPlugin } from '@imrkit/plugin-items';
import { describe, expect, it } from 'vitest';
import { rationalePlugin } from '../src/index.js';

const seeds = new URL('../../../../shared/seeds/', import.meta.url);

/** Reasons are scored as a set; the goldens' order is the annotator's, not always the text's. */
const asScored = (entries: Rationale[]) => entries.map((e) => ({ ...e, reasons: [...e.reasons].sort() }));

describe.skipIf(!existsSync(seeds))('rationale on the seed letters', () => {
  const letters = existsSync(seeds) ? readdirSync(seeds) : [];
  it.each(letters)('%s', (letter) => {
    const dir = new URL(`${letter}/`, seeds);
    const file = readdirSync(dir).find((f) => f !== 'expected.json') as string;
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { rationale: Rationale[] };
    const document = loadDocument({ source: file, content: readFileSync(new URL(file, dir), 'utf8') });
    const record = createExtractor([itemsPlugin, rationalePlugin]).extract(document);
    expect(asScored(record.rationale)).toEqual(asScored(expected.rationale));
    expect(record.issues.filter((i) => i.plugin === 'rationale')).toEqual([]);
  });
});
