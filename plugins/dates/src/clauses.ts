import type { Span } from '@imrkit/core';
import { hasText } from './spaces.js';

// Words a period follows without ending a sentence: titles, "No.", month abbreviations ("Mar. 3, 2014").
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'no', 'vs', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// A sentence end (period, "!" or "?", maybe a closing quote or bracket) before a space or a capital; or a semicolon.
const BOUNDARY = /[.!?]["')\]”’]*(?=\s+["'(“‘]?[\p{Lu}\d]|\p{Lu}\p{Ll})|;/gu;

function endsAbbreviation(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 12), at);
  let from = window.length;
  while (from > 0 && /[\p{L}.]/u.test(window[from - 1] as string)) from--;
  const before = window.slice(from);
  // "Ph.D.", "e.g.", an initial ("J. Smith").
  if (before.includes('.') || /^\p{Lu}$/u.test(before)) return true;
  return ABBREVIATIONS.has(before.toLowerCase());
}

/**
 * Splits `span` of `text` into clauses: paragraphs cut at sentence ends and at
 * semicolons. A cue only speaks for the dates of its own clause ("A prior
 * review on 02/26/2014 modified it; the note of 04/30/2014 ...").
 */
export function splitClauses(text: string, [from, to]: Span): Span[] {
  const clauses: Span[] = [];
  for (let start = from; start <= to; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= to ? to : newline;
    if (hasText(text, start, end)) splitParagraph(text, start, end, clauses);
    start = end + 1;
  }
  return clauses;
}

/** Adds the clauses of the paragraph [from, to) of `text` to `clauses`. */
function splitParagraph(text: string, from: number, to: number, clauses: Span[]): void {
  let begin = from;
  BOUNDARY.lastIndex = 0;
  const paragraph = text.slice(from, to);
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const at = from + m.index;
    if (text[at] === '.' && endsAbbreviation(text, at)) continue;
    clauses.push([begin, at + m[0].length]);
    begin = at + m[0].length;
  }
  if (hasText(text, begin, to)) clauses.push([begin, to]);
}
