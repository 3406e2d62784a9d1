import { describe, expect, it } from 'vitest';
import { findConclusion } from '../src/find-outcome.js';
import { splitSentences } from '../src/sentences.js';

const conclude = (text: string) => {
  const found = findConclusion(text, splitSentences(text, [0, text.length]));
  return found && { outcome: found.outcome, sentence: text.slice(found.sentence[0], found.sentence[1]) };
};

describe('findConclusion', () => {
  it('reads "not medically necessary" and its variants', () => {
    expect(conclude('No benefit. The request is thus considered not medically necessary.')?.outcome).toBe('not-medically-necessary');
    expect(conclude('Medical necessity for the repeat MRI has not been established.')?.outcome).toBe('not-medically-necessary');
    expect(conclude('The request is deemed non-certified.')?.outcome).toBe('not-medically-necessary');
    expect(conclude('Given these gaps, the cream cannot be considered medically necessary.')?.outcome).toBe('not-medically-necessary');
  });

  it('reads "medically necessary" and "certified"', () => {
    expect(conclude('The criteria are met. The request is medically necessary and appropriate.')?.outcome).toBe('medically-necessary');
    expect(conclude('The request is certified.')?.outcome).toBe('medically-necessary');
  });

  it('takes the last concluding sentence, skipping advice after it', () => {
    expect(conclude('The MRI found medically necessary above comes first. The injection is not medically necessary. A taper is advised.')).toEqual({
      outcome: 'not-medically-necessary',
      sentence: 'The injection is not medically necessary.',
    });
  });

  it('falls back to "supported" or "recommended" only when no sentence states medical necessity', () => {
    expect(conclude('The studies are small. The injection is not supported.')?.outcome).toBe('not-medically-necessary');
    expect(conclude('It is not supported by the MTUS. Even so, the request is medically necessary.')?.outcome).toBe('medically-necessary');
  });

  it('returns null when nothing concludes', () => {
    expect(conclude('He has never tried a home exercise program.')).toBeNull();
  });
});
