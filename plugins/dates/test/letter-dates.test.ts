import type { Span } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../src/clauses.js';
import { findDateMentions } from '../src/find-dates.js';
import { LetterDates } from '../src/letter-dates.js';

const LETTER = [
  'Date of Injury: 08/14/2014',
  'The injured worker fell on March 3, 2014. A prior review on 02/26/2014 modified it; the note of 04/30/2014 renews it.',
  'Utilization review dated 3-4-15 non-certified it.Per the May. 3, 2014 note and 2014-03-04 imaging, pain 7/10, since 09/2013 or 3rd of June,\n2012.',
  'Seen in March of 2013;01/02/2013 and 21st of June, 2012 were also listed.',
].join('\n');

describe('LetterDates', () => {
  it('answers every clause as scanning the clause alone would', () => {
    const dates = new LetterDates(LETTER);
    for (const clause of splitClauses(LETTER, [0, LETTER.length])) expect(dates.mentionsIn(clause)).toEqual(findDateMentions(LETTER, clause));
  });

  it('answers any span, including cuts through a date or next to one, as scanning the span alone would', () => {
    const dates = new LetterDates(LETTER);
    for (let from = 0; from < LETTER.length; from += 7) {
      for (let to = from; to <= Math.min(LETTER.length, from + 90); to += 3) {
        const span: Span = [from, to];
        expect(dates.mentionsIn(span), JSON.stringify(LETTER.slice(from, to))).toEqual(findDateMentions(LETTER, span));
      }
    }
  });
});
