import { describe, expect, it } from 'vitest';
import { normalizeText, textMatches, textSimilarity, tokenSetRatio } from '../src/index.js';

describe('normalizeText', () => {
  it('lowercases, writes & as and, turns punctuation into spaces and collapses whitespace', () => {
    expect(normalizeText('  Physical Medicine & Rehabilitation ')).toBe('physical medicine and rehabilitation');
    expect(normalizeText('Muscle relaxants (for pain),\n\tPage(s): 63-66')).toBe('muscle relaxants for pain page s 63 66');
    expect(normalizeText('A&B')).toBe('a and b');
    expect(normalizeText('')).toBe('');
  });
});

describe('tokenSetRatio', () => {
  it('is 2·|A∩B| / (|A|+|B|) over sets of normalised tokens', () => {
    // {chronic, pain, medical, treatment, 2009} vs {chronic, pain, medical, treatment, guidelines}: 2·4 / (5+5) = 0.8
    expect(tokenSetRatio('Chronic Pain Medical Treatment 2009', 'Chronic Pain Medical Treatment Guidelines')).toBe(0.8);
    // Repeated tokens count once: {pain} vs {pain, chronic}: 2·1 / (1+2)
    expect(tokenSetRatio('Pain pain', 'Pain (Chronic)')).toBeCloseTo(2 / 3);
    expect(tokenSetRatio('Baclofen', 'Opioids')).toBe(0);
  });

  it('is 1 for two empty texts and 0 for one', () => {
    expect(tokenSetRatio('', ' ()')).toBe(1);
    expect(tokenSetRatio('', 'Baclofen')).toBe(0);
  });
});

describe('text matching modes', () => {
  const pairs: Array<[string, string, boolean, boolean, boolean]> = [
    // a, b, strict, normalized, token-set
    ['Initial Care', 'Initial Care', true, true, true],
    ['Initial Care', 'initial care', false, true, true],
    ['Pain Medicine', 'Pain Management Medicine', false, false, true], // 2·2/5 = 0.8
    ['Pain Medicine', 'Pain Management', false, false, false], // 2·1/4 = 0.5
  ];
  it.each(pairs)('%s vs %s: strict %s, normalized %s, token-set %s', (a, b, strict, normalized, tokenSet) => {
    expect(textMatches(a, b, 'strict')).toBe(strict);
    expect(textMatches(a, b, 'normalized')).toBe(normalized);
    expect(textMatches(a, b, 'token-set')).toBe(tokenSet);
  });

  it('treats null as equal to null only', () => {
    expect(textMatches(null, null, 'token-set')).toBe(true);
    expect(textMatches(null, '', 'token-set')).toBe(false);
    expect(textSimilarity('Baclofen', null, 'normalized')).toBe(0);
  });
});
