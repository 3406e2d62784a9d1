import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../src/required-literals.js';

const sorted = (literals: string[] | null) => (literals ? [...literals].sort() : null);

describe('requiredLiterals', () => {
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

  it('reads property escapes and back-references as matching anything', () => {
    expect(requiredLiterals(/a\p{L}b/u)).toEqual(['a']);
    expect(requiredLiterals(/(?<x>a)\k<x>/)).toEqual(['a']);
    expect(requiredLiterals(/\p{L}+/u)).toBeNull();
  });
});
