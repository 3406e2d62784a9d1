import { isSpace } from './spaces.js';

const isWordChar = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const COMMA = 0x2c;
const PERIOD = 0x2e;
// A digit after a space: where the day or year after a month name starts.
const DIGIT_AFTER_SPACE = /\s\d/g;

/**
 * Where a date that opens with a month name may start in `region`: "March 3,
 * 2014", "Mar. 3rd 2014", "March, 2014", "March of 2014". Such a date has a
 * space, then a digit (its day or year) right after the name, its period and
 * comma, and an "of". So each digit after a space is followed back (over the
 * spaces, an "of" and its spaces, a comma, a period) to the word before it,
 * which is a month name or no start at all. Digits after a space are far
 * fewer than words, and a scan for them far cheaper than one for month names;
 * the dates themselves are then matched at these starts only.
 */
export function createMonthStartFinder(names: Iterable<string>): (region: string) => number[] {
  const monthNames = new Set([...names].map((n) => n.toLowerCase()));
  const lengths = [...monthNames].map((n) => n.length);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);

  /** The start of the month name ending at `end` of `region` (after an optional comma, then period), or -1. */
  const nameEndingAt = (region: string, end: number): number => {
    let e = end;
    if (region.charCodeAt(e - 1) === COMMA) e--;
    if (region.charCodeAt(e - 1) === PERIOD) e--;
    let s = e;
    while (s > 0 && isWordChar(region.charCodeAt(s - 1))) s--;
    return e - s >= shortest && e - s <= longest && monthNames.has(region.slice(s, e).toLowerCase()) ? s : -1;
  };
  const spacesBefore = (region: string, at: number): number => {
    let p = at;
    while (p > 0 && isSpace(region.charCodeAt(p - 1))) p--;
    return p;
  };

  return (region) => {
    const starts: number[] = [];
    DIGIT_AFTER_SPACE.lastIndex = 0;
    for (let m = DIGIT_AFTER_SPACE.exec(region); m; m = DIGIT_AFTER_SPACE.exec(region)) {
      const afterName = spacesBefore(region, m.index + 1);
      const start = nameEndingAt(region, afterName);
      if (start >= 0) starts.push(start);
      // "March of 2014": an "of", case aside, with a space before it.
      if (afterName >= 3 && (region.charCodeAt(afterName - 1) | 0x20) === 0x66 && (region.charCodeAt(afterName - 2) | 0x20) === 0x6f && isSpace(region.charCodeAt(afterName - 3))) {
        const beforeOf = nameEndingAt(region, spacesBefore(region, afterName - 2));
        if (beforeOf >= 0) starts.push(beforeOf);
      }
    }
    return [...new Set(starts)].sort((a, b) => a - b);
  };
}
