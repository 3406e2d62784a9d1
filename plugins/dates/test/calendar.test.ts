import { describe, expect, it } from 'vitest';
import { expandTwoDigitYear, toIsoDate } from '../src/calendar.js';
import { findDateMentions } from '../src/find-dates.js';
import { letterYear } from '../src/letter-year.js';

const mention = (text: string) => findDateMentions(text, [0, text.length])[0] ?? null;

describe('expandTwoDigitYear', () => {
  it('reads yy as 20yy when that is not after the letter year, else 19yy', () => {
    expect(expandTwoDigitYear(13, 2013)).toBe(2013);
    expect(expandTwoDigitYear(14, 2013)).toBe(1914);
    expect(expandTwoDigitYear(98, 2013)).toBe(1998);
    expect(expandTwoDigitYear(6, 2014)).toBe(2006);
  });
});

describe('toIsoDate', () => {
  it('writes full dates as YYYY-MM-DD', () => {
    expect(toIsoDate(mention('3/4/10')!, 2014)).toBe('2010-03-04');
    expect(toIsoDate(mention('Feb. 29, 2016')!, 2016)).toBe('2016-02-29');
  });

  it('refuses dates no calendar has and months without a day', () => {
    expect(toIsoDate(mention('13/45/2014')!, 2014)).toBeNull();
    expect(toIsoDate(mention('02/30/2015')!, 2015)).toBeNull();
    expect(toIsoDate(mention('02/29/2015')!, 2015)).toBeNull();
    expect(toIsoDate(mention('March 2014')!, 2014)).toBeNull();
  });
});

describe('letterYear', () => {
  const all = (text: string) => findDateMentions(text, [0, text.length]);

  it('takes the decision year when the header gives it', () => {
    expect(letterYear('2015-04-07', all('on 01/02/2019'), 2030)).toBe(2015);
  });

  it('else takes the latest year printed, two-digit years included when not after the current year', () => {
    expect(letterYear(null, all('on 8/30/98, 03/02/2012 and 3/4/15'), 2030)).toBe(2015);
    expect(letterYear(null, all('on 8/30/98 and 03/02/2012'), 2030)).toBe(2012);
  });

  it('else takes the current year', () => {
    expect(letterYear(null, [], 2030)).toBe(2030);
  });
});
