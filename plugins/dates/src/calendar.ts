import type { DateMention } from './find-dates.js';

/**
 * The century of a two-digit year: `20yy` when that is not after the letter's
 * own year, else `19yy` ("8/30/98" in a 2013 letter is 1998, "1/9/13" is 2013).
 */
export function expandTwoDigitYear(yy: number, letterYear: number): number {
  return 2000 + yy <= letterYear ? 2000 + yy : 1900 + yy;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of `month` (1 to 12) of `year`, counted without a `Date` (this runs for every date read), and as `Date.UTC` reads the year: 0 to 99 as 1900 to 1999. */
function daysInMonth(year: number, month: number): number {
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** The ISO form (`YYYY-MM-DD`) of a full date, or `null` for a month without a day or a date no calendar has (13/45/2014, 02/30/2015). */
export function toIsoDate(mention: DateMention, letterYear: number): string | null {
  if (mention.day === null) return null;
  const year = mention.yearDigits === 2 ? expandTwoDigitYear(mention.year, letterYear) : mention.year;
  const { month, day } = mention;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
