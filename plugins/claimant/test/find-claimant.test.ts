import { describe, expect, it } from 'vitest';
import { findAge } from '../src/find-age.js';
import { findSex } from '../src/find-sex.js';

const whole = (text: string) => [0, text.length] as const;

describe('findAge', () => {
  it('reads the number of the first age phrase', () => {
    const text = 'A 58-year- old man with a 6-year-old son.';
    const age = findAge(text, whole(text));
    expect(age?.value).toBe(58);
    expect(text.slice(...age!.span)).toBe('58');
  });
  it('ignores numbers outside a claimant age range', () => {
    expect(findAge('A 4 year old implant.', [0, 21])).toBeNull();
  });
});

describe('findSex', () => {
  it('reads the word in the age sentence, not a pronoun', () => {
    const text = 'She is a 40-year-old woman.';
    expect(findSex(text, whole(text), whole(text))?.value).toBe('female');
    expect(findSex('She is 40.', [0, 10], [0, 10])).toBeNull();
  });
  it('falls back to a description of the claimant', () => {
    const text = 'The worker is a retired gentleman.';
    const sex = findSex(text, null, whole(text));
    expect(sex?.value).toBe('male');
    expect(sex?.rule).toBe('claimant/sex-described');
  });
});
