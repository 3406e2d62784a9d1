import type { DateMention } from './find-dates.js';

/**
 * The letter's own year, which decides the century of two-digit years: the
 * decision date's year when the header gives it; else the latest year printed
 * in the letter, counting a two-digit year as `20yy` when that is not after
 * `currentYear` (a 2013 letter written with two-digit years only still reads
 * "3/4/15" as 2015, not 1915); else `currentYear`.
 */
export function letterYear(decisionIso: string | null, mentions: readonly DateMention[], currentYear: number): number {
  if (decisionIso) return Number(decisionIso.slice(0, 4));
  let latest: number | null = null;
  for (const m of mentions) {
    const year = m.yearDigits === 4 ? m.year : 2000 + m.year;
    if (year <= currentYear && (latest === null || year > latest)) latest = year;
  }
  return latest ?? currentYear;
}
