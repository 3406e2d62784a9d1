import type { DateMention } from './find-dates.js';

/**
 * The century of a two-digit year: `20yy` when that is not after the letter's
 * own year, else `19yy` ("8/30/98" in a 2013 letter is 1998, "1/9/13" is 2013).
 */
export function expandTwoDigitYear(yy: number, letterYear: number): number {
  return 2000 + yy <= letterYear ? 2000 + yy : 1900 + yy;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO form (`YYYY-MM-DD`) of a full date, or `null` for a month without a day or a date no calendar has (13/45/2014, 02/30/2015). */
export function toIsoDate(mention: DateMention, letterYear: number): string | null {
  if (mention.day === null) return null;
  const year = mention.yearDigits === 2 ? expandTwoDigitYear(mention.year, letterYear) : mention.year;
  const { month, day } = mention;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
