/** ISO date validity, and finding a date's day, month and year in a letter in any common format. */

const MONTHS = [
  ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'], ['May', 'May'], ['June', 'Jun'],
  ['July', 'Jul'], ['August', 'Aug'], ['September', 'Sept', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
];

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Patterns that print the ISO date `value`: 8/1/2001, 08-01-01, August 1, 2001, 1 Aug 2001, 2001-08-01. */
export function datePatterns(value: string): RegExp[] {
  const [yyyy = '', mm = '', dd = ''] = value.split('-');
  const yy = yyyy.slice(2);
  const m = String(Number(mm));
  const d = String(Number(dd));
  const names = (MONTHS[Number(mm) - 1] ?? []).join('|');
  const day = `0?${d}(?:st|nd|rd|th)?`;
  return [
    new RegExp(`(?<![\\d/.-])0?${m}\\s*([/.-])\\s*0?${d}\\s*\\1\\s*(?:${yyyy}|${yy})(?!\\d)`),
    new RegExp(`\\b(?:${names})\\.?\\s+${day}(?![\\d])(?:\\s*,)?\\s+(?:${yyyy}|'${yy})(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)${day}\\s+(?:of\\s+)?(?:${names})\\.?,?\\s+${yyyy}(?!\\d)`, 'i'),
    new RegExp(`(?<!\\d)${yyyy}-${mm}-${dd}(?!\\d)`),
  ];
}

export type DateFormat = 'numeric, 4-digit year' | 'numeric, 2-digit year' | 'month name' | 'ISO';

/** The formats in which the ISO date `value` is printed in the text. */
export function dateFormatsInText(value: string, text: string): DateFormat[] {
  const [numeric, monthFirst, dayFirst, iso] = datePatterns(value);
  const yyyy = value.slice(0, 4);
  const out: DateFormat[] = [];
  const numericHits = [...text.matchAll(new RegExp(numeric?.source ?? '$^', 'g'))].map((m) => m[0]);
  if (numericHits.some((h) => h.endsWith(yyyy))) out.push('numeric, 4-digit year');
  if (numericHits.some((h) => !h.endsWith(yyyy))) out.push('numeric, 2-digit year');
  if (monthFirst?.test(text) || dayFirst?.test(text)) out.push('month name');
  if (iso?.test(text)) out.push('ISO');
  return out;
}

export function dateInText(value: string, text: string): boolean {
  return datePatterns(value).some((re) => re.test(text));
}
