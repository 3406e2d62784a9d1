import { describe, expect, it } from 'vitest';
import { titleCase } from '../src/title-case.js';
import { createSpecialtyShape } from '../src/unknown-specialty.js';

describe('createSpecialtyShape', () => {
  const readsLikeSpecialty = createSpecialtyShape(['Pain Medicine', 'Surgical Critical Care', 'Health Care Administration, Leadership, and Management'], ['ology', 'iatry']);

  it('accepts a name ending like a canonical name or with a specialty ending', () => {
    expect(readsLikeSpecialty('Wound Care Medicine')).toBe(true);
    expect(readsLikeSpecialty('Pain Management')).toBe(true);
    expect(readsLikeSpecialty('Interventional Neuro-Ophthalmology')).toBe(true);
  });

  it('refuses a name that does not', () => {
    expect(readsLikeSpecialty('Fellowship Trained')).toBe(false);
    expect(readsLikeSpecialty('Interventional Spine')).toBe(false);
    expect(readsLikeSpecialty('Yes')).toBe(false);
  });
});

describe('titleCase', () => {
  it('title-cases a name printed in capitals, keeping acronyms only in mixed case', () => {
    expect(titleCase('WOUND CARE MEDICINE')).toBe('Wound Care Medicine');
    expect(titleCase('sleep & wake medicine')).toBe('Sleep and Wake Medicine');
    expect(titleCase('ENT Surgery')).toBe('ENT Surgery');
  });
});
