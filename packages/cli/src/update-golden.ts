import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extractor } from '@imrkit/core';
import type { Letter } from '@imrkit/corpus-runner';
import { readRecord } from './read-record.js';

/** The variant a golden is rewritten from: the cleanest layout the letter has. */
const PREFERRED = ['plain', 'markdown', 'html', 'pdf-text', 'pdf'];

/**
 * Rewrites one letter's expected.json from the current output, so the change
 * shows up in the diff for review. It never runs for more than one letter.
 */
export async function updateGolden(letters: readonly Letter[], id: string, extractor: Extractor, keys: readonly string[]): Promise<number> {
  const letter = letters.find((l) => l.id === id || l.dir.endsWith(`/${id}`));
  if (!letter) {
    process.stderr.write(`imrkit: no letter "${id}" in the corpus; expected a folder name such as ${letters[0]?.id ?? '101-hb-example'}\n`);
    return 2;
  }
  const file = [...letter.variants].sort((a, b) => PREFERRED.indexOf(a.variant) - PREFERRED.indexOf(b.variant))[0];
  if (!file) {
    process.stderr.write(`imrkit: letter "${id}" has no variant file to read\n`);
    return 2;
  }
  const record = (await readRecord(file.path, extractor, { maxBytes: 20_000_000 })).record as unknown as Record<string, unknown>;
  const golden: Record<string, unknown> = {};
  for (const key of new Set(keys)) golden[key] = record[key];
  writeFileSync(join(letter.dir, 'expected.json'), `${JSON.stringify(golden, null, 2)}\n`);
  process.stderr.write(`imrkit: rewrote ${join(letter.dir, 'expected.json')} from ${file.variant}; review it against the letter before committing\n`);
  return 0;
}
