import { readDataFile, type Span } from '@imrkit/core';
import { createMonthStartFinder } from './month-starts.js';

interface MonthsData {
  months: { month: number; names: string[] }[];
}

/** A date as printed: its parts before the year is expanded and the date checked. */
export interface DateMention {
  span: Span;
  text: string;
  month: number;
  /** `null` for a month and year without a day ("March 2014", "09/2013"): not a full date. */
  day: number | null;
  year: number;
  /** A two-digit year ("10/23/06") still needs a century. */
  yearDigits: 2 | 4;
}

const data = readDataFile<MonthsData>(import.meta.url, '../data/months.json');
const MONTH_BY_NAME = new Map<string, number>();
for (const { month, names } of data.months) for (const name of names) MONTH_BY_NAME.set(name.toLowerCase(), month);
// Longest names first, so that "Sept" is tried before "Sep".
const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR4 = '((?:19|20)\\d{2})';

const monthStarts = createMonthStartFinder(MONTH_BY_NAME.keys());

/**
 * Each format's pattern and how its groups map to the parts of a date. A
 * format that opens with a month name is tried only where such a date may
 * start (`monthFirst`, see {@link createMonthStartFinder}): a scan for a
 * pattern that opens with any of two dozen names, case aside, is slow. Those
 * starts rely on the shape these formats share (the name, a period, a comma,
 * spaces, maybe "of" and spaces, then a digit): keep them in step.
 */
const FORMATS: { regex: RegExp; monthFirst?: true; parts: (m: RegExpExecArray) => Omit<DateMention, 'span' | 'text'> }[] = [
  {
    // 10/23/06, 08/23/1999, 3-4-2010: month first, one separator used twice.
    regex: /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|-\d|\.\d)/g,
    parts: (m) => ({ month: Number(m[1]), day: Number(m[3]), year: Number(m[4]), yearDigits: (m[4] as string).length === 2 ? 2 : 4 }),
  },
  {
    // 2014-03-04: year first, as some systems print it.
    regex: /(?<![\d/.-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d/]|-\d)/g,
    parts: (m) => ({ month: Number(m[2]), day: Number(m[3]), year: Number(m[1]), yearDigits: 4 }),
  },
  {
    // March 3, 2014 · Mar. 3, 2014 · March 3rd 2014
    regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR4}\\b`, 'iy'),
    monthFirst: true,
    parts: (m) => ({ month: monthOf(m[1]), day: Number(m[2]), year: Number(m[3]), yearDigits: 4 }),
  },
  {
    // 3 March 2014 · 3rd of March, 2014
    regex: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR4}\\b`, 'gi'),
    parts: (m) => ({ month: monthOf(m[2]), day: Number(m[1]), year: Number(m[3]), yearDigits: 4 }),
  },
  {
    // March 2014 · March of 2014: a month, not a date.
    regex: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR4}\\b`, 'iy'),
    monthFirst: true,
    parts: (m) => ({ month: monthOf(m[1]), day: null, year: Number(m[2]), yearDigits: 4 }),
  },
  {
    // 09/2013: a month, not a date.
    regex: /(?<![\d/.-])(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/g,
    parts: (m) => ({ month: Number(m[1]), day: null, year: Number(m[2]), yearDigits: 4 }),
  },
];

function monthOf(name: string | undefined): number {
  return MONTH_BY_NAME.get((name ?? '').toLowerCase()) ?? 0;
}

/**
 * Adds the matches of `format` in `region` (which starts at `from` in the text)
 * to `found`, as a global scan finds them: a month-first format (sticky) is
 * tried at each possible start not inside its previous match, the only places
 * a scan could find one.
 */
function collect(format: (typeof FORMATS)[number], region: string, from: number, starts: readonly number[], found: DateMention[]): void {
  const { regex } = format;
  const add = (m: RegExpExecArray): void => {
    const { month, day, year, yearDigits } = format.parts(m);
    // Listed, not spread: spreading parts of several shapes takes V8's slow path, and this runs for every date.
    if (month !== 0) found.push({ month, day, year, yearDigits, span: [from + m.index, from + m.index + m[0].length], text: m[0] });
  };
  if (!format.monthFirst) {
    regex.lastIndex = 0;
    for (let m = regex.exec(region); m; m = regex.exec(region)) add(m);
    return;
  }
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    regex.lastIndex = at;
    const m = regex.exec(region);
    if (m) {
      next = at + m[0].length;
      add(m);
    }
  }
}

/**
 * Every match of every format in `span` of `text`, in document order (the
 * longer first where two start together, then in format order), overlaps
 * included: what {@link findDateMentions} chooses from.
 */
export function scanDateFormats(text: string, [from, to]: Span): DateMention[] {
  const region = text.slice(from, to);
  const starts = monthStarts(region);
  const found: DateMention[] = [];
  for (const format of FORMATS) collect(format, region, from, starts, found);
  return found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}

/** Of matches in document order, those that start after the last one kept ended: where formats overlap the longer wins. */
export function withoutOverlaps(found: readonly DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (!last || mention.span[0] >= last.span[1]) kept.push(mention);
  }
  return kept;
}

/**
 * Every date printed in `span` of `text`, in document order: full dates in the
 * numeric (month first) and month-name formats, and month-and-year mentions
 * (with `day: null`). Where formats overlap, the longer match wins ("March 3,
 * 2014" over "March ... 2014"). Parts are not checked here: 13/45/2014 is a
 * mention with month 13, for {@link toIsoDate} to refuse.
 */
export function findDateMentions(text: string, span: Span): DateMention[] {
  return withoutOverlaps(scanDateFormats(text, span));
}
