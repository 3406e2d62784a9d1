import { describe, expect, it } from 'vitest';
import { LetterParties, partyAt } from '../src/reviewer-subject.js';

/** The party at the first occurrence of `marker` in `text`. */
const partyBefore = (text: string, marker: string) => partyAt(text, text.indexOf(marker));

describe('partyAt', () => {
  it('takes the subject at the start of the sentence', () => {
    expect(partyBefore('The expert reviewer is board certified in Neurology.', 'board')).toBe('reviewer');
    expect(partyBefore('The treating physician is board certified in Neurology.', 'board')).toBe('other');
    expect(partyBefore('He/she is licensed in Ohio.', 'licensed')).toBe('reviewer');
  });

  it('limits an appositive to the commas around it', () => {
    const text = 'The expert reviewer read the notes of the treating physician, a neurologist who is board certified in Neurology, and is board certified in Urology.';
    expect(partyAt(text, text.indexOf('board certified in Neurology'))).toBe('other');
    expect(partyAt(text, text.indexOf('board certified in Urology'))).toBe('reviewer');
  });

  it('does not take a possessive or an object for a subject', () => {
    expect(partyBefore("The treating physician's notes went to an expert reviewer, who is board certified in Neurology.", 'board')).toBe('reviewer');
    expect(partyBefore('MAXIMUS sent the file to the claims administrator and is board certified in Urology.', 'board')).toBeNull();
  });

  it('carries the subject of an earlier sentence of the paragraph to a sentence that names none', () => {
    expect(partyBefore('The treating physician is a neurologist. He is board certified in Neurology.', 'board')).toBe('other');
    expect(partyBefore('The treating physician is a neurologist.\nHe is board certified in Neurology.', 'board')).toBeNull();
  });

  it('prefers the longer mention', () => {
    expect(partyBefore('The peer reviewer is board certified in Urology.', 'board')).toBe('other');
  });
});

describe('LetterParties', () => {
  it('answers phrases of one paragraph in any order as partyAt does', () => {
    const text =
      'Intro line.\nThe treating physician is a neurologist. The expert reviewer is board certified in Urology, and the provider, who is licensed in Ohio, agrees. He is licensed in Utah.\nLast line is board certified.';
    const positions = [...text.matchAll(/board|licensed|Last/g)].map((m) => m.index);
    const parties = new LetterParties(text);
    for (const position of [...positions].reverse()) expect(parties.at(position)).toBe(partyAt(text, position));
    expect(positions.map((p) => parties.at(p))).toEqual(['reviewer', 'other', 'reviewer', null, null]);
  });
});
