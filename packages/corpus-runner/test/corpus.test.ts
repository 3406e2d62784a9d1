import { describe, expect, it } from 'vitest';
import { discoverCorpus } from '../src/index.js';
import { fixture } from './helpers.js';

const summary = (dirs: string[]) =>
  discoverCorpus(dirs).map((letter) => [letter.id, letter.split, letter.variants.map((file) => file.variant)]);

describe('discoverCorpus', () => {
  // fixtures/discovery: dev/a (five variants, html as .htm, plus notes.txt), dev/b, test/batch-1/c, test/d
  it('finds letters recursively, the split being the first folder below the corpus', () => {
    expect(summary([fixture('discovery')])).toEqual([
      ['a', 'dev', ['pdf-text', 'markdown', 'plain', 'html', 'pdf']],
      ['b', 'dev', ['plain']],
      ['c', 'test', ['markdown']],
      ['d', 'test', ['pdf-text']],
    ]);
  });

  it('names the split after the folder given when letters sit directly in it', () => {
    expect(summary([fixture('discovery/dev')])).toEqual([
      ['a', 'dev', ['pdf-text', 'markdown', 'plain', 'html', 'pdf']],
      ['b', 'dev', ['plain']],
    ]);
  });

  it('takes a folder holding expected.json as one letter', () => {
    const [letter, ...others] = discoverCorpus([fixture('discovery/dev/b')]);
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ id: 'b', split: 'dev', expected: { case: { caseNumber: null } } });
    expect(letter!.variants).toEqual([{ variant: 'plain', path: fixture('discovery/dev/b/plain.txt') }]);
  });

  it('counts a letter reached twice once', () => {
    expect(discoverCorpus([fixture('discovery'), fixture('discovery/dev')]).map((letter) => letter.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails naming the file when a golden is not JSON or not record data', () => {
    expect(() => discoverCorpus([fixture('malformed-json')])).toThrow(/^Malformed golden .*malformed-json\/dev\/bad\/expected\.json: /);
    expect(() => discoverCorpus([fixture('malformed-shape')])).toThrow(
      /^Malformed golden .*malformed-shape\/dev\/bad\/expected\.json: "items" must be a list of objects$/,
    );
  });

  it('fails on two letters with one id and on a missing folder', () => {
    expect(() => discoverCorpus([fixture('duplicate-id')])).toThrow(/^Two letters have the id x: /);
    expect(() => discoverCorpus([fixture('no-such-corpus')])).toThrow(/^Corpus directory not found: /);
  });
});
