import { describe, expect, it } from 'vitest';
import { foldsLikeLowerCase, requiredLiterals } from '../src/required-literals.js';

const required = (source: string, flags = 'giu') => requiredLiterals(new RegExp(source, flags));

describe('requiredLiterals', () => {
  it('takes the most selective literal a match must hold', () => {
    expect(required('\\bhurt\\b')).toEqual(['hurt']);
    expect(required('\\b\\w+ectomy\\b')).toEqual(['ectomy']);
    expect(required('(?<!\\bthe\\s)\\binjured\\b(?!\\s+workers?)')).toEqual(['injured']);
    expect(required('\\b(?:failed|declined)\\s+to\\s+(?:approve|certify|authorize)\\b')).toEqual(['approve', 'certify', 'authorize']);
  });

  it('spells out optional letters and small classes', () => {
    expect(required('\\bx-?rays?\\b')).toEqual(['x-rays', 'x-ray', 'xrays', 'xray']);
    expect(required('\\blicen[sc]ed\\b')).toEqual(['licensed', 'licenced']);
  });

  it('reads what a positive lookbehind needs, and nothing from a negative one', () => {
    expect(required('\\bin\\s+(?<=\\blicensed\\s+in\\s+)')).toEqual(['licensed']);
    expect(required('(?<!prior\\s)\\b\\w+')).toBeNull();
  });

  it('folds case only for case-insensitive patterns', () => {
    expect(required('\\bMRI\\b', 'g')).toEqual(['MRI']);
    expect(required('\\bMRI\\b', 'gi')).toEqual(['mri']);
  });

  it('guarantees nothing for optional pieces, alternatives without literals or syntax it does not read', () => {
    expect(required('\\b(?:foo)?\\s+')).toBeNull();
    expect(required('\\bfoo|\\d+')).toBeNull();
    expect(required('\\u0041bc', 'g')).toBeNull();
  });
});

describe('foldsLikeLowerCase', () => {
  it('refuses text with characters that case-fold to ASCII letters only under the u flag', () => {
    expect(foldsLikeLowerCase('Café “review”')).toBe(true);
    expect(foldsLikeLowerCase('reviewed by the ſurgeon')).toBe(false);
    expect(foldsLikeLowerCase('\u212Aelvin')).toBe(false);
  });
});
