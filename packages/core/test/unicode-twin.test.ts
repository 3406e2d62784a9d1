import { describe, expect, it } from 'vitest';
import { textReach, unicodeTwin } from '../src/unicode-twin.js';

const matches = (regex: RegExp, text: string): string[] => [...text.matchAll(new RegExp(regex.source, regex.flags))].map((m) => `${m.index}:${m[0]}`);

describe('unicodeTwin', () => {
  const texts = ['The Reviewer reviewed it; a re-review', 'Le réviewer “reviewed” — ça', 'ſ and \u212A: review', 'an astral 😀 review'];
  const patterns = [/\breview\b/giu, /(?<![\p{L}\p{N}/])review(?![\p{L}\p{N}])/giu, /\b\w+\b/gu, /[^\s,]+/giu];

  it('matches as the pattern itself on the texts its twin is for', () => {
    for (const regex of patterns) {
      const forText = unicodeTwin(regex);
      for (const text of texts) expect(matches(forText(textReach(text)), text), `${regex} on ${text}`).toEqual(matches(regex, text));
    }
  });

  it('drops the u flag on ASCII text, and keeps it where case folding or code points differ', () => {
    const forText = unicodeTwin(/\breview\b/giu);
    expect(forText(textReach('a review')).unicode).toBe(false);
    expect(forText(textReach('a “review”')).unicode).toBe(false);
    expect(forText(textReach('a ſ review')).unicode).toBe(true);
    expect(unicodeTwin(/(?<!\p{L})x/giu)(textReach('é x')).unicode).toBe(true);
  });

  it('keeps patterns it cannot twin', () => {
    const backReference = /(a)\1/giu;
    expect(unicodeTwin(backReference)(0)).toBe(backReference);
    const script = /\p{Script=Greek}/u;
    expect(unicodeTwin(script)(0)).toBe(script);
  });
});

describe('textReach', () => {
  it('tells ASCII text, other text the u flag reads alike, and text it reads differently', () => {
    expect(textReach('plain')).toBe(0);
    expect(textReach('café')).toBe(1);
    expect(textReach('ſ')).toBe(2);
    expect(textReach('😀')).toBe(2);
  });
});
