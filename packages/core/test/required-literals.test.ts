import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../src/required-literals.js';

const sorted = (literals: readonly string[] | null) => (literals ? [...literals].sort() : null);
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

describe('requiredLiterals on cue-like patterns', () => {
  it('lists the branches of an alternation, in lower case for a case-insensitive pattern', () => {
    expect(sorted(requiredLiterals(/Denied|upheld/i))).toEqual(['denied', 'upheld']);
    expect(sorted(requiredLiterals(/Denied|upheld/))).toEqual(['Denied', 'upheld']);
  });

  it('joins a run of fixed pieces, optional words included, into whole phrases', () => {
    expect(sorted(requiredLiterals(/not (?:a |an )?recommended/i))).toEqual(['not a recommended', 'not an recommended', 'not recommended']);
    expect(sorted(requiredLiterals(/first[- ]line/i))).toEqual(['first line', 'first-line']);
  });

  it('skips zero-width assertions and keeps the most selective piece of a sequence', () => {
    expect(requiredLiterals(/(?<![A-Za-z0-9])\bexceed\w*(?![a-z])/gi)).toEqual(['exceed']);
    expect(requiredLiterals(/(?:ab)+\d+c/)).toEqual(['ab']);
    expect(requiredLiterals(/\w+ tolerance/i)).toEqual([' tolerance']);
  });

  it('gives nothing when a match need contain no literal', () => {
    expect(requiredLiterals(/x*/)).toBeNull();
    expect(requiredLiterals(/[^a]+/)).toBeNull();
    expect(requiredLiterals(/abc|\d+/)).toBeNull();
    expect(requiredLiterals(/(?:word )?/)).toBeNull();
  });

  it('guarantees nothing through back-references or property runs', () => {
    expect(requiredLiterals(/a\p{L}b/u)).toEqual(['a']);
    expect(requiredLiterals(/(?<x>a)\k<x>/)).toBeNull();
    expect(requiredLiterals(/\p{L}+/u)).toBeNull();
  });
});
