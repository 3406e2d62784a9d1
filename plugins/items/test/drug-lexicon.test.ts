import { describe, expect, it } from 'vitest';
import { findDrugs, genericOf } from '../src/drug-lexicon.js';

const generic = (text: string) => genericOf(findDrugs(text));

describe('findDrugs', () => {
  it('maps brands and abbreviations to their generic', () => {
    expect(generic('Exalgo 8 MG')).toBe('hydromorphone');
    expect(generic('MS ER IR 15mg')).toBe('morphine');
    expect(generic('Norco 10/325')).toBe('hydrocodone/acetaminophen');
    expect(generic('Fexmid 7.5mg')).toBe('cyclobenzaprine');
  });

  it('maps a generic name to itself', () => {
    expect(generic('Baclofen 10mg')).toBe('baclofen');
  });

  it('prefers the longest name ("voltaren gel", "tylenol #3")', () => {
    const [gel] = findDrugs('Voltaren Gel 1%');
    expect(gel?.span).toEqual([0, 12]);
    expect(generic('Tylenol #3')).toBe('acetaminophen/codeine');
  });

  it('joins the ingredients of a combination written with a slash', () => {
    expect(generic('Hydrocodone/APAP 10/325mg')).toBe('hydrocodone/acetaminophen');
    expect(generic('Hydrocodone-Acetaminophen')).toBe('hydrocodone/acetaminophen');
  });

  it('reads loose separators ("MS-Contin", "tramadol ER")', () => {
    expect(generic('MS-Contin 30mg')).toBe('morphine');
    expect(generic('Tramadol ER 150mg')).toBe('tramadol');
  });

  it('matches whole words only', () => {
    expect(findDrugs('Somatic nerve block')).toEqual([]);
    expect(generic('Urine drug screen')).toBeNull();
  });
});
