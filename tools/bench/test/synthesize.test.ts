import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '@imrkit/variants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lengthen } from '../src/scaling.js';
import { loadBaseLetters, synthesizeCorpus, varyLetter, type BaseLetter } from '../src/synthesize.js';

const dev = fileURLToPath(new URL('../../../corpus/dev', import.meta.url));
let base: BaseLetter[];
const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

beforeAll(() => {
  base = loadBaseLetters([dev]).slice(0, 3);
});

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('synthetic corpora', () => {
  it('vary case numbers, dates and quantities without moving the layout', () => {
    const letter = base[0] as BaseLetter;
    const varied = varyLetter(letter.layouts['pdf-text'], new Rng('x', 'vary'));
    expect(varied).not.toBe(letter.layouts['pdf-text']);
    expect(varied.length).toBe(letter.layouts['pdf-text'].length);
    expect(varied.split('\n').map((l) => l.length)).toEqual(letter.layouts['pdf-text'].split('\n').map((l) => l.length));
  });

  it('are the same bytes for the same count and seed, and mix every layout', () => {
    const a = synthesizeCorpus(base, tempDir('bench-a-'), 12);
    const b = synthesizeCorpus(base, tempDir('bench-b-'), 12);
    expect(a.files.map((f) => readFileSync(f, 'utf8'))).toEqual(b.files.map((f) => readFileSync(f, 'utf8')));
    expect(a.byLayout).toEqual({ plain: 3, 'pdf-text': 3, markdown: 3, html: 3 });
    expect(new Set(a.files.map((f) => readFileSync(f, 'utf8'))).size).toBe(12);
  });

  it('grow a letter ten times by repeating its case summary', () => {
    const { plain } = base[0] as BaseLetter;
    const long = lengthen(plain, 10);
    expect(long.length / plain.length).toBeGreaterThanOrEqual(10);
    expect(long.length / plain.length).toBeLessThan(12);
    expect(long.endsWith(plain.slice(-200))).toBe(true);
  });
});
