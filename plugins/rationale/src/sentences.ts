import { readDataFile, type Span } from '@imrkit/core';

interface Abbreviations {
  always: string[];
  beforeNumber: string[];
}

const ABBREVIATIONS = readDataFile<Abbreviations>(import.meta.url, '../data/sentence-abbreviations.json');
const ALWAYS = new Set(ABBREVIATIONS.always);
const BEFORE_NUMBER = new Set(ABBREVIATIONS.beforeNumber);

/** Terminal punctuation, any closing quotes or brackets, then white space: a possible sentence end. */
const CANDIDATE_END = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s)/g;
/** What may open a sentence: a capital, a digit, an opening quote or bracket. */
const SENTENCE_OPENER = /[A-Z0-9"“‘(\[]/;
/** The word a period closes, dots included ("e.g", "Dr", "U.S"). */
const WORD_CHAR = /[A-Za-z.]/;

/** The word (letters and periods, starting with a letter) ending at `at`: a scan back, since an end-anchored run is quadratic. */
function wordBefore(line: string, at: number): string | undefined {
  let from = at;
  while (from > 0 && WORD_CHAR.test(line[from - 1] as string)) from--;
  while (from < at && line[from] === '.') from++;
  return from < at ? line.slice(from, at) : undefined;
}

/** Whether the punctuation at `end` of `line` (followed by `next`) really ends a sentence. */
function endsSentence(line: string, at: number, punctuation: string, next: string): boolean {
  if (!SENTENCE_OPENER.test(next)) return false;
  if (!punctuation.startsWith('.')) return true;
  const word = wordBefore(line, at)?.toLowerCase();
  if (!word) return true;
  if (ALWAYS.has(word)) return false;
  return !(BEFORE_NUMBER.has(word) && /[0-9]/.test(next));
}

/** Trims white space off both ends of a span of `text`; null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? [start, end] : null;
}

/**
 * Splits a span of the clean view into sentences. Every paragraph (line) ends a
 * sentence; inside a paragraph a period ends one unless it closes an
 * abbreviation ("e.g.", "Dr.", "vs."), sits inside a number ("7.5", "0.0375%"),
 * or the next word starts in lower case.
 */
export function splitSentences(text: string, [start, end]: Span): Span[] {
  const sentences: Span[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(lineStart, lineEnd);
    let from = 0;
    for (const match of line.matchAll(CANDIDATE_END)) {
      const stop = match.index + match[0].length;
      const next = line.slice(stop).trimStart().charAt(0);
      if (!endsSentence(line, match.index, match[0], next)) continue;
      const span = trimmed(text, lineStart + from, lineStart + stop);
      if (span) sentences.push(span);
      from = stop;
    }
    const last = trimmed(text, lineStart + from, lineEnd);
    if (last) sentences.push(last);
    lineStart = lineEnd + 1;
  }
  return sentences;
}
