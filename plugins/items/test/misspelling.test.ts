import { describe, expect, it } from 'vitest';
import { findDrugs, genericOf } from '../src/drug-lexicon.js';
import { withinOneEdit } from '../src/edit-distance.js';

describe('withinOneEdit', () => {
  it('accepts one letter dropped, added or replaced', () => {
    expect(withinOneEdit('cyclobenzaprin', 'cyclobenzaprine')).toBe(true);
    expect(withinOneEdit('gabapentine', 'gabapentin')).toBe(true);
    expect(withinOneEdit('naproxyn', 'naproxen')).toBe(true);
  });

  it('accepts two neighbouring letters swapped', () => {
    expect(withinOneEdit('nuerontin', 'neurontin')).toBe(true);
  });

  it('refuses equal strings and two edits', () => {
    expect(withinOneEdit('tramadol', 'tramadol')).toBe(false);
    expect(withinOneEdit('tramadl', 'tramadole')).toBe(false);
    expect(withinOneEdit('nuerontni', 'neurontin')).toBe(false);
  });
});

describe('misspelled drug names', () => {
  it('reads a word one edit from a drug name as that drug, marked misspelled', () => {
    const [match] = findDrugs('Cyclobenzaprin 7.5mg #60');
    expect(match).toMatchObject({ span: [0, 14], misspelled: true });
    expect(match?.entry.generic).toBe('cyclobenzaprine');
  });

  it('keeps the other ingredients of a combination', () => {
    expect(genericOf(findDrugs('Hydrocodon/APAP 10/325mg'))).toBe('hydrocodone/acetaminophen');
  });

  it('leaves short words and listed real words alone', () => {
    expect(findDrugs('Somma 350mg')).toEqual([]);
    expect(findDrugs('Ketoprofen in Lipoderm base').map((d) => d.entry.generic)).toEqual(['ketoprofen']);
    expect(findDrugs('Functional ability testing')).toEqual([]);
  });

  it('prefers an exact name to a near one', () => {
    expect(findDrugs('Lidoderm 5%').map((d) => d.misspelled)).toEqual([false]);
  });
});
