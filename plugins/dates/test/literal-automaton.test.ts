import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../src/literal-automaton.js';
import { createLiteralPrefilter } from '../src/literal-prefilter.js';

const found = (literals: string[], text: string): string[] => {
  const seen = new Set<string>();
  new LiteralAutomaton(literals).scan(text, 0, text.length, (i) => seen.add(literals[i] as string));
  return [...seen].sort();
};

describe('LiteralAutomaton', () => {
  it('finds overlapping and nested literals, case aside, in one pass', () => {
    expect(found(['review', 'view', 'iew', 'rev', 'ewe'], 'a REVIEW')).toEqual(['iew', 'rev', 'review', 'view']);
    expect(found(['injur', 'reinjur'], 'reinjury')).toEqual(['injur', 'reinjur']);
  });

  it('does not find a literal across punctuation or non-ASCII letters', () => {
    expect(found(['xray', 'ectomy'], 'x-ray, ectómy, ect.omy')).toEqual([]);
  });

  it('refuses literals it cannot scan for', () => {
    expect(() => new LiteralAutomaton(['x-ray'])).toThrow(/Unexpected "-"/);
  });
});

describe('createLiteralPrefilter', () => {
  const patterns = [/\bhurt\b/giu, /\bMRI\b/gu, /\b\w+ectomy\b/giu, /\d+/g];
  const may = (text: string) => [...createLiteralPrefilter(patterns)(text)];

  it('passes a pattern only where one of its literals is printed; one without literals always passes', () => {
    expect(may('He was HURT.')).toEqual([1, 0, 0, 1]);
    expect(may('after a laminectomy and an mri')).toEqual([0, 1, 1, 1]);
  });

  it('passes every pattern on text whose case folding lower case does not mirror', () => {
    expect(may('ſomething')).toEqual([1, 1, 1, 1]);
  });
});
