import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from '../src/literal-automaton.js';
import { createLiteralPrefilter } from '../src/literal-prefilter.js';

const found = (literals: string[], text: string): string[] => {
  const seen = new Uint8Array(literals.length);
  new LiteralAutomaton(literals).scan(text, 0, text.length, seen);
  return literals.filter((_, i) => seen[i]).sort();
};

describe('LiteralAutomaton', () => {
  it('finds overlapping and nested literals, case aside, in one pass', () => {
    expect(found(['review', 'view', 'iew', 'rev', 'ewe'], 'a REVIEW')).toEqual(['iew', 'rev', 'review', 'view']);
    expect(found(['injur', 'reinjur'], 'reinjury')).toEqual(['injur', 'reinjur']);
  });

  it('reads "ſ" and the Kelvin sign as case folding does', () => {
    expect(found(['sk'], 'a ſ\u212A b')).toEqual(['sk']);
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
  const may = (text: string) => createLiteralPrefilter(patterns)(text, 0, text.length);

  it('passes a pattern only where one of its literals is printed; one without literals always passes', () => {
    expect(may('He was HURT.')).toEqual([0, 3]);
    expect(may('after a laminectomy and an mri')).toEqual([1, 2, 3]);
  });

  it('reads only the span asked about', () => {
    const text = 'hurt, then a laminectomy';
    expect(createLiteralPrefilter(patterns)(text, 5, text.length)).toEqual([2, 3]);
  });
});
