import { grammarData as g, NUMBER, NUMBER_WORD, parseCount, words } from './label-grammar.js';
import { normalizeStrength } from './strength.js';

export type ReaderField = 'quantity' | 'strength' | 'refills' | 'drop';
type Groups = Record<string, string | undefined>;

/**
 * One rule of the label grammar. Every match leaves the item name; a reader of
 * a field also reads a value from it (the first value per field wins, readers
 * in list order). The named group `v` is the value's span, when narrower than
 * the match.
 */
export interface LabelReader {
  rule: string;
  field: ReaderField;
  pattern: RegExp;
  read?: (groups: Groups) => number | string | null;
  /** Only a match right after a drug name counts ("Norco 10/325"). */
  afterDrug?: boolean;
  /** What the pattern cannot match without; a label that lacks it is not read with the (much slower) pattern. */
  needs?: RegExp;
}

const compile = (source: string): RegExp => new RegExp(source, 'gid');
const count = (groups: Groups): number | null => parseCount(groups.n ?? '');
const product = (groups: Groups): number | null => {
  const [f, d] = [parseCount(groups.f ?? ''), parseCount(groups.d ?? '')];
  return f !== null && d !== null ? f * d : null;
};

// One number, "12" or "7.5" or ".5". `\d*\.?\d+` reads the same numbers, trying the same ends in the same
// order, but splits a run of digits every way between `\d*` and `\d+`: quadratic on a long run.
const SINGLE_AMOUNT = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`;
const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|${SINGLE_AMOUNT})(?:\s*[/-]\s*${SINGLE_AMOUNT})*`;
const EDGE = String.raw`(?<![a-z0-9])`;
const END = String.raw`(?![a-z0-9])`;
const TIMES = `(?:${words(g.timesWords)}\\s*)?`;
const PER = `(?:${words(g.perWords)})\\s*`;
const COUNT_NOUN = words(g.countNouns);
const ALL_PERIODS = words(g.periodWords);
// "2-3 times a week": a range of frequencies reads as its upper bound.
const RANGE_FROM = String.raw`(?:${NUMBER}\s*(?:-|to)\s*)?`;
// "Twelve (12) sessions": the figure in brackets repeats the word.
const REPEATED = String.raw`(?:\s*\(\s*\d+\s*\))?`;
// "#60 tablets": the unit of a count is part of the count.
const COUNT_UNIT = String.raw`(?:\s*${words(g.quantityUnits)}${END})?`;
const HOURS = words(g.hourWords);
// Percentages are never joined ("Flurbiprofen 20%/Lidocaine 5%" keeps the first).
const MASS_UNIT = words(g.strengthUnits.filter((u) => u.unit !== '%').map((u) => u.written));
const NUMERIC_DATE = String.raw`(?<![\d/])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4})(?![\d/])`;
const MONTH_DATE = String.raw`${EDGE}${words(g.months)}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}${END}`;
const DATE = `(?:${NUMERIC_DATE}|${MONTH_DATE})`;
// The count before a schedule. A schedule may open with digits too, so the count may end inside a run of
// digits ("12 hours" read as "1" then "2 hours"); from any point inside the run the schedule reads on alike,
// so of those ends only the first tried (all but the last digit) is kept: trying them all is quadratic.
const COUNT_BEFORE_SCHEDULE = String.raw`(?:\d+(?!\d)|\d+(?=\d(?!\d))|${NUMBER_WORD})`;
// A dosing schedule: "q4-6 hrs", "12 hours on and 12 hours off", "4 hours per day", "3 times daily", "PRN spasms", "at bedtime".
const SCHEDULE = `(?:${[
  String.raw`(?:q\.?\s*|every\s+)\d+(?:\s*-\s*\d+)?\s*${HOURS}\.?`,
  String.raw`\d+\s*${HOURS}\s+on\s*(?:[,/]|and)?\s*\d+\s*${HOURS}\s+off`,
  String.raw`${RANGE_FROM}${NUMBER}\s*${HOURS}\s*${PER}days?`,
  String.raw`${RANGE_FROM}${NUMBER}\s*${TIMES}${words(g.dailyWords)}`,
  String.raw`(?:prn|as needed)\s+(?:for\s+)?${words(g.needReasons)}`,
  words([...g.routes, ...g.sigTerms, ...g.dailyWords]),
].join('|')})`;

// What a reader's pattern cannot match without: a digit, a count (digits or a number word), a refill word.
// Only needs that are cheap to look for pay for their test (measured: word lists cost as much as the readers).
const DIGIT = /\d/;
const COUNT = new RegExp(NUMBER, 'i');
const REFILL = new RegExp(words(g.refillWords), 'i');

/** "3 times a week for 4 weeks", "twice monthly x 6 months": frequency times duration, per period. */
const frequencyReaders: LabelReader[] = g.frequencyPeriods.map((period) => ({
  rule: 'items/quantity-frequency',
  field: 'quantity',
  pattern: compile(
    String.raw`${EDGE}(?<v>${RANGE_FROM}(?<f>${NUMBER})\s*${TIMES}(?:${PER}${words(period.per)}|${period.adverb})\s*,?\s*(?:(?:for|x|×|over|times)\s*)?${RANGE_FROM}(?<d>${NUMBER})\s*${words(period.lasting)})${END}`,
  ),
  read: product,
  needs: COUNT,
}));

/** "monthly x 6 months", "weekly for 8 weeks": one visit per period, times the duration. */
const adverbReaders: LabelReader[] = g.frequencyPeriods.map((period) => ({
  rule: 'items/quantity-frequency',
  field: 'quantity',
  pattern: compile(String.raw`${EDGE}(?<v>${period.adverb}\s*,?\s*(?:(?:for|x|×|over)\s*)?${RANGE_FROM}(?<n>${NUMBER})\s*${words(period.lasting)})${END}`),
  read: count,
  needs: COUNT,
}));

/** The label grammar, in reading order. */
export const LABEL_READERS: readonly LabelReader[] = [
  { rule: 'items/filler', field: 'drop', pattern: compile(`${EDGE}${words(g.fillers)}${END}`) },
  // "DOS 1/2/14", "date of service: January 2, 2014", "1/2/14 - 1/5/14".
  {
    rule: 'items/date',
    field: 'drop',
    pattern: compile(String.raw`(?:${EDGE}${words(g.dateOfService)}\s*:?\s*)?${DATE}(?:\s*(?:-|–|${words(g.rangeWords)})\s*${DATE})?`),
    needs: DIGIT,
  },
  {
    rule: 'items/refills',
    field: 'refills',
    pattern: compile(String.raw`(?:(?:with|plus|\+|w/)\s*)?(?<![\w#.])(?<!\d/)(?<v>(?:[x×]\s*)?(?<n>${NUMBER}|${words(g.noneWords)})\s+${words(g.refillWords)})${END}`),
    read: count,
    needs: REFILL,
  },
  {
    rule: 'items/refills',
    field: 'refills',
    pattern: compile(String.raw`(?:(?:with|plus|\+|w/)\s*)?(?<v>${words(g.refillWords)}\s*[:x×#]?\s*(?<n>\d+))${END}`),
    read: count,
    needs: REFILL,
  },
  // "10mg/325mg": two amounts in one unit are one ratio strength.
  {
    rule: 'items/strength',
    field: 'strength',
    pattern: compile(String.raw`(?<![\w./])(?<v>(?<a>${SINGLE_AMOUNT})\s*(?<u>${MASS_UNIT})\s*[/-]\s*(?<b>${SINGLE_AMOUNT})\s*\k<u>)(?![a-z])`),
    read: (m) => normalizeStrength(`${m.a ?? ''}/${m.b ?? ''}`, m.u ?? ''),
    needs: DIGIT,
  },
  {
    rule: 'items/strength',
    field: 'strength',
    pattern: compile(String.raw`(?<![\w./])(?<v>(?<a>${AMOUNT})\s*(?<u>${words(g.strengthUnits.map((u) => u.written))}))(?![a-z])(?:\s*/\s*${SINGLE_AMOUNT}\s*%)*`),
    read: (m) => normalizeStrength(m.a ?? '', m.u ?? ''),
    needs: DIGIT,
  },
  {
    rule: 'items/strength-ratio',
    field: 'strength',
    pattern: compile(String.raw`(?<![\w./])(?<v>(?<a>${SINGLE_AMOUNT}\s*/\s*${SINGLE_AMOUNT}))(?![\w./%])`),
    read: (m) => normalizeStrength(m.a ?? '', g.ratioUnit),
    afterDrug: true,
    needs: DIGIT,
  },
  {
    rule: 'items/weight',
    field: 'drop',
    pattern: compile(String.raw`(?<![\w.])${SINGLE_AMOUNT}\s*${words(g.weightUnits)}(?![a-z])(?:\s*${words(g.containerNouns)}${END})?`),
    needs: DIGIT,
  },
  // A dose with its route or schedule ("1 tab PO q6h", "one tablet at bedtime", "3 times daily", "PRN spasms") is no quantity.
  {
    rule: 'items/sig',
    field: 'drop',
    pattern: compile(String.raw`${EDGE}(?:${RANGE_FROM}${COUNT_BEFORE_SCHEDULE}\s*(?:${COUNT_NOUN}\s*)?)?${SCHEDULE}${END}`),
  },
  ...frequencyReaders,
  ...adverbReaders,
  {
    rule: 'items/quantity-frequency',
    field: 'quantity',
    pattern: compile(String.raw`(?<![\w#./-])(?<v>(?<f>\d+)\s*[x×]\s*(?<d>\d+))(?:\s*${ALL_PERIODS})?(?![\w./%])`),
    read: product,
    needs: DIGIT,
  },
  { rule: 'items/quantity-hash', field: 'quantity', pattern: compile(String.raw`(?<v>#\s*(?<n>\d+))(?![\d.])${COUNT_UNIT}`), read: count, needs: DIGIT },
  {
    rule: 'items/quantity-label',
    field: 'quantity',
    pattern: compile(String.raw`${EDGE}${words(g.quantityLabels)}\.?\s*(?:of\s*)?[:=#]?\s*(?<v>(?<n>\d+))(?![\d.])${COUNT_UNIT}`),
    read: count,
    needs: DIGIT,
  },
  {
    rule: 'items/frequency',
    field: 'drop',
    pattern: compile(String.raw`${EDGE}${RANGE_FROM}${NUMBER}\s*${TIMES}(?:${PER}${ALL_PERIODS}|${words(g.frequencyPeriods.map((p) => p.adverb))})${END}`),
    needs: COUNT,
  },
  {
    rule: 'items/duration',
    field: 'drop',
    pattern: compile(String.raw`${EDGE}(?:(?:for|x|×|over)\s*)?${NUMBER}\s*-?\s*${ALL_PERIODS}(?:\s+${words(g.durationNouns)})?${END}`),
    needs: COUNT,
  },
  {
    rule: 'items/quantity-times',
    field: 'quantity',
    pattern: compile(String.raw`${EDGE}(?<v>[x×]\s*(?<n>${NUMBER})(?:\s*${COUNT_NOUN})?)${END}(?:\s+of(?=\s))?`),
    read: count,
    needs: COUNT,
  },
  {
    rule: 'items/quantity-count',
    field: 'quantity',
    pattern: compile(String.raw`(?<![\w./-])(?<v>(?<n>${NUMBER})${REPEATED}\s*-?\s*${COUNT_NOUN})${END}(?:\s+of(?=\s))?`),
    read: count,
    needs: COUNT,
  },
  { rule: 'items/quantity-leading', field: 'quantity', pattern: compile(String.raw`^\s*(?<v>(?<n>${NUMBER})${REPEATED})(?=\s+[^\s\d#./%-])`), read: count, needs: COUNT },
  { rule: 'items/quantity-bracket', field: 'quantity', pattern: compile(String.raw`\(\s*(?<v>(?<n>\d+))\s*\)`), read: count, needs: DIGIT },
  { rule: 'items/open-duration', field: 'drop', pattern: compile(`${EDGE}${words(g.openDurations)}(?:\\s+${words(g.durationNouns)})?${END}`) },
];
