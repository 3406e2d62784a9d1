import { readdirSync, readFileSync } from 'node:fs';
import { readDataFile } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { TermIndex } from '../src/term-index.js';
import { alternation } from '../src/term-pattern.js';

const matches = (terms: string[], text: string) => (new TermIndex([terms]).find(text)[0] ?? []).map((m) => text.slice(...m.span));

describe('TermIndex', () => {
  it('matches whole words, case-insensitively', () => {
    expect(matches(['tens'], 'TENS unit; tension; Tens')).toEqual(['TENS', 'Tens']);
  });

  it('prefers the longest term at a position', () => {
    expect(matches(['voltaren', 'voltaren gel'], 'Voltaren Gel 1%')).toEqual(['Voltaren Gel']);
  });

  it('falls back to a shorter term when the longer one ends inside a word', () => {
    expect(matches(['voltaren', 'voltaren gel'], 'Voltaren Gelatin')).toEqual(['Voltaren']);
  });

  it('reads a space or hyphen in a term as a space, a hyphen or nothing', () => {
    expect(matches(['ms contin'], 'MS Contin, MS-Contin, MSContin')).toEqual(['MS Contin', 'MS-Contin', 'MSContin']);
    expect(matches(['follow-up'], 'follow up and follow-up')).toEqual(['follow up', 'follow-up']);
  });

  it('allows spaces around a slash', () => {
    expect(matches(['emg/ncv'], 'EMG / NCV')).toEqual(['EMG / NCV']);
  });

  it('takes regex characters literally', () => {
    expect(matches(['tylenol #3', 'b.i.d.'], 'Tylenol #3 b.i.d. bxixdx')).toEqual(['Tylenol #3', 'b.i.d.']);
  });

  it('reads each list on its own: a match in one list does not hide a term of another', () => {
    const [first, second] = new TermIndex([['back brace'], ['brace']]).find('Lumbar back brace');
    expect(first?.map((m) => m.span)).toEqual([[7, 17]]);
    expect(second?.map((m) => m.span)).toEqual([[12, 17]]);
  });

  it('refuses a term that ends with a separator', () => {
    expect(() => new TermIndex([['voltaren-']])).toThrow(/must start and end/);
  });
});

/** The pattern the index stands for: the alternation with word boundaries, as a global case-insensitive regex. */
const reference = (terms: readonly string[]) => new RegExp(`(?<![a-z0-9])(?:${alternation(terms)})(?![a-z0-9])`, 'gi');

const drugNames = readDataFile<{ drugs: { names: string[] }[] }>(import.meta.url, '../data/drugs.json').drugs.flatMap((d) => d.names);
const categories = readDataFile<{ modifiers: string[]; groups: { terms?: string[] }[] }>(import.meta.url, '../data/categories.json');
const lists = [drugNames, categories.modifiers, ...categories.groups.flatMap((g) => (g.terms ? [g.terms] : []))];

/** Every case label, and every term printed with its separators changed, in capitals and run into its neighbours. */
const caseTexts = readdirSync(new URL('../cases/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`../cases/${f}`, import.meta.url), 'utf8'));
const termTexts = lists.flat().flatMap((t) => [
  `${t}, ${t.toUpperCase()}x ${t.replace(/ /g, '-')}-${t.replace(/[ -]/g, '')} (${t.replace(/\//g, ' / ')})`,
  `${t.replace(/ /g, '  ')}s 2${t} ${t}-gel ${t.replace(/-/g, ' - ')}`,
]);

describe('TermIndex against the regex alternation', () => {
  it('finds what the pattern finds, in every list of the lexicons', () => {
    const index = new TermIndex(lists);
    const patterns = lists.map(reference);
    for (const text of [...caseTexts, ...termTexts]) {
      const found = index.find(text).map((list) => list.map((m) => m.span));
      const expected = patterns.map((p) => [...text.matchAll(p)].map((m) => [m.index, m.index + m[0].length]));
      expect(found, text).toEqual(expected);
    }
  });
});
