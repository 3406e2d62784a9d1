import { readDataFile } from '@imrkit/core';
import { alternation } from './term-pattern.js';

interface GrammarData {
  numberWords: Record<string, number>;
  noneWords: string[];
  fillers: string[];
  strengthUnits: { written: string; unit: string }[];
  ratioUnit: string;
  weightUnits: string[];
  countNouns: string[];
  quantityLabels: string[];
  refillWords: string[];
  frequencyPeriods: { per: string[]; adverb: string; lasting: string[] }[];
  periodWords: string[];
  perWords: string[];
  timesWords: string[];
  openDurations: string[];
  durationNouns: string[];
  edgeWords: string[];
  routes: string[];
  sigTerms: string[];
  hourWords: string[];
  quantityUnits: string[];
  dateOfService: string[];
  months: string[];
  rangeWords: string[];
  needReasons: string[];
  dailyWords: string[];
  containerNouns: string[];
}

/** The label vocabulary of data/label-grammar.json, read once per process. */
export const grammarData = readDataFile<GrammarData>(import.meta.url, '../data/label-grammar.json');

const numberWords = new Map(Object.entries(grammarData.numberWords));
const noneWords = new Set(grammarData.noneWords);
const units = new Map(grammarData.strengthUnits.map((u) => [u.written, u.unit]));

/** A non-capturing group of one vocabulary list, longest term first. */
export const words = (terms: readonly string[]): string => `(?:${alternation(terms)})`;

/** A number word: "twelve", "twice". */
export const NUMBER_WORD = words([...numberWords.keys()]);

/** A count as letters print it: digits or a number word. */
export const NUMBER = `(?:\\d+|${NUMBER_WORD})`;

/** The integer a count reads as; "no" (as in "no refills") reads 0. */
export function parseCount(text: string): number | null {
  const word = text.trim().toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  if (noneWords.has(word)) return 0;
  return numberWords.get(word) ?? null;
}

/** The canonical unit of a written strength unit ("MCG/HOUR" → "mcg/hr"), or null. */
export const strengthUnit = (written: string): string | null => units.get(written.toLowerCase().replace(/(?<!\s)\s*\/\s*/g, '/').replace(/\s+/g, ' ')) ?? null;
