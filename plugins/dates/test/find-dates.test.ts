import type { Span } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../src/find-dates.js';

const find = (text: string) => findDateMentions(text, [0, text.length] as Span).map(({ text: t, month, day, year, yearDigits }) => ({ t, month, day, year, yearDigits }));

describe('findDateMentions', () => {
  it('reads numeric dates month first, with slashes or dashes and two- or four-digit years', () => {
    expect(find('on 10/23/06, then 08/23/1999 and 3-4-2010')).toEqual([
      { t: '10/23/06', month: 10, day: 23, year: 6, yearDigits: 2 },
      { t: '08/23/1999', month: 8, day: 23, year: 1999, yearDigits: 4 },
      { t: '3-4-2010', month: 3, day: 4, year: 2010, yearDigits: 4 },
    ]);
  });

  it('reads month names, abbreviations and the day-first form', () => {
    expect(find('March 3, 2014; Mar. 3, 2014; Sept 9 2015; 3 March 2014; 21st of June, 2012').map((m) => [m.t, m.month, m.day, m.year])).toEqual([
      ['March 3, 2014', 3, 3, 2014],
      ['Mar. 3, 2014', 3, 3, 2014],
      ['Sept 9 2015', 9, 9, 2015],
      ['3 March 2014', 3, 3, 2014],
      ['21st of June, 2012', 6, 21, 2012],
    ]);
  });

  it('keeps a month and year without a day as a mention with no day', () => {
    expect(find('in March 2014 and 09/2013')).toEqual([
      { t: 'March 2014', month: 3, day: null, year: 2014, yearDigits: 4 },
      { t: '09/2013', month: 9, day: null, year: 2013, yearDigits: 4 },
    ]);
  });

  it('does not read pain ratings, ranges or strengths as dates', () => {
    expect(find('pain 7/10, rated 5-8/10, strength 4/5, Norco 10/325mg, levels C5-6')).toEqual([]);
  });

  it('leaves checking the parts to the calendar', () => {
    expect(find('dated 13/45/2014')).toEqual([{ t: '13/45/2014', month: 13, day: 45, year: 2014, yearDigits: 4 }]);
  });

  it('gives spans of the date as printed', () => {
    const text = 'injured on March 3, 2014.';
    const [m] = findDateMentions(text, [0, text.length]);
    expect(text.slice(...(m?.span ?? [0, 0]))).toBe('March 3, 2014');
  });
});
