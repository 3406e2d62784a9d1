import type { Item } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { matchesAny } from '../src/cue-pattern.js';
import { itemTerms } from '../src/item-terms.js';

const item = (over: Partial<Item>): Item => ({ label: '', name: null, generic: null, decision: 'upheld', quantity: null, strength: null, refills: null, category: null, ...over });

describe('itemTerms', () => {
  it('names a drug by its brand and each generic ingredient', () => {
    const terms = itemTerms(item({ name: 'norco', generic: 'hydrocodone/acetaminophen', category: 'medication' }));
    expect(terms && ['Norco helps', 'hydrocodone use', 'acetaminophen'].map((t) => matchesAny(terms, t))).toEqual([true, true, true]);
  });

  it('drops short abbreviations that collide with ordinary words', () => {
    const terms = itemTerms(item({ name: 'ms er ir', generic: 'morphine', category: 'medication' }));
    expect(terms && matchesAny(terms, 'not diagnosed with MS')).toBe(false);
    expect(terms && matchesAny(terms, 'morphine')).toBe(true);
  });

  it('gives nothing for items that are not drugs', () => {
    expect(itemTerms(item({ name: 'physical therapy', category: 'therapy' }))).toBeNull();
    expect(itemTerms(undefined)).toBeNull();
  });
});
