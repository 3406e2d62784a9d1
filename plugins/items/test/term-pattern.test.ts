import { describe, expect, it } from 'vitest';
import { termPattern } from '../src/term-pattern.js';

const matches = (terms: string[], text: string) => [...text.matchAll(termPattern(terms))].map((m) => m[0]);

describe('termPattern', () => {
  it('matches whole words, case-insensitively', () => {
    expect(matches(['tens'], 'TENS unit; tension; Tens')).toEqual(['TENS', 'Tens']);
  });

  it('prefers the longest term at a position', () => {
    expect(matches(['voltaren', 'voltaren gel'], 'Voltaren Gel 1%')).toEqual(['Voltaren Gel']);
  });

  it('reads a space or hyphen in a term as a space, a hyphen or nothing', () => {
    expect(matches(['ms contin'], 'MS Contin, MS-Contin, MSContin')).toEqual(['MS Contin', 'MS-Contin', 'MSContin']);
    expect(matches(['follow-up'], 'follow up and follow-up')).toEqual(['follow up', 'follow-up']);
  });

  it('allows spaces around a slash', () => {
    expect(matches(['emg/ncv'], 'EMG / NCV')).toEqual(['EMG / NCV']);
  });

  it('takes regex characters literally', () => {
    expect(matches(['tylenol #3', 'b.i.d.'], 'Tylenol #3 b.i.d. bxixdx')).toEqual(['Tylenol #3', 'b.i.d.']);
  });
});
