import { describe, expect, it } from 'vitest';
import { splitClauses } from '../src/clauses.js';

const split = (text: string) => splitClauses(text, [0, text.length]).map(([s, e]) => text.slice(s, e).trim());

describe('splitClauses', () => {
  it('cuts at sentence ends, semicolons and paragraph ends', () => {
    expect(split('A prior review modified it; the note of 04/30/2014 renews it. Utilization review denied it.\nNext paragraph')).toEqual([
      'A prior review modified it;',
      'the note of 04/30/2014 renews it.',
      'Utilization review denied it.',
      'Next paragraph',
    ]);
  });

  it('does not cut after titles, degrees, initials or month abbreviations', () => {
    expect(split('She saw Dr. Lee and , Ph.D. on Mar. 3, 2014 with J. Smith.')).toEqual(['She saw Dr. Lee and , Ph.D. on Mar. 3, 2014 with J. Smith.']);
  });

  it('cuts after a quotation and where a space is missing', () => {
    expect(split('He asked for it "to reassess." Utilization review dated 3/1/13 denied it.')).toEqual(['He asked for it "to reassess."', 'Utilization review dated 3/1/13 denied it.']);
    expect(split('cage implant (10/27/2005).Utilization review denied it.')).toEqual(['cage implant (10/27/2005).', 'Utilization review denied it.']);
  });
});
