import { CATEGORIES, readDataFile } from '@imrkit/core';
import { describe, expect, it } from 'vitest';

const drugData = readDataFile<{ misspellings: { minLength: number; notMisspellings: string[] }; drugs: { names: string[]; generic: string; class: string }[] }>(
  import.meta.url,
  '../data/drugs.json',
);
const { drugs } = drugData;
const categoryData = readDataFile<{ modifiers: string[]; groups: { category: string; terms?: string[]; drugs?: boolean }[] }>(import.meta.url, '../data/categories.json');
const { groups } = categoryData;

describe('data/drugs.json', () => {
  it('covers at least 300 drugs', () => {
    expect(drugs.length).toBeGreaterThanOrEqual(300);
  });

  it('lists as real words only lowercase words that are no drug name', () => {
    const names = new Set(drugs.flatMap((d) => d.names));
    const { minLength, notMisspellings } = drugData.misspellings;
    expect(notMisspellings.filter((w) => names.has(w) || w !== w.toLowerCase() || w.length < minLength)).toEqual([]);
  });

  it('lists every name once, in lowercase', () => {
    const names = drugs.flatMap((d) => d.names);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n !== n.toLowerCase())).toEqual([]);
  });

  it('maps every single-ingredient generic to itself', () => {
    const missing = drugs.filter((d) => !d.generic.includes('/') && !d.names.includes(d.generic)).map((d) => d.generic);
    expect(missing).toEqual([]);
  });

  it('gives every drug a lowercase generic and a class', () => {
    expect(drugs.filter((d) => d.generic !== d.generic.toLowerCase() || d.class === '')).toEqual([]);
  });
});

describe('data/categories.json', () => {
  it('uses only the categories of the guide, each at least once', () => {
    expect(groups.filter((g) => !(CATEGORIES as readonly string[]).includes(g.category))).toEqual([]);
    expect(new Set(groups.map((g) => g.category))).toEqual(new Set(CATEGORIES));
  });

  it('lists every term once, in lowercase', () => {
    const terms = [...groups.flatMap((g) => g.terms ?? []), ...categoryData.modifiers];
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms.filter((t) => t !== t.toLowerCase())).toEqual([]);
  });
});
