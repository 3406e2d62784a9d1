import type { Span } from '@imrkit/core';
import { findDateMentions, scanDateFormats, withoutOverlaps, type DateMention } from './find-dates.js';

// What the date patterns test next to a match: word characters (`\b`, digits) and the separators of numeric dates.
const WORD = /[A-Za-z0-9_]/;
const DATE_CHAR = /[A-Za-z0-9_/.-]/;

/**
 * Whether a scan that starts at `at` sees what a scan of the whole text sees
 * there. Only a match starting at `at` looks back across it (a lookbehind or
 * `\b`), and only when it starts with a word character.
 */
const cleanStart = (text: string, at: number): boolean => at === 0 || !(WORD.test(text.charAt(at)) && DATE_CHAR.test(text.charAt(at - 1)));

/**
 * Whether a scan that ends at `at` sees what a scan of the whole text sees up
 * to there: the lookaheads and `\b` after a date read the next one or two
 * characters, and answer as at the end of the text unless the first is a word
 * character or a date separator.
 */
const cleanEnd = (text: string, at: number): boolean => at >= text.length || !DATE_CHAR.test(text.charAt(at));

/**
 * The date mentions of a letter, scanned once and handed out by span: a letter
 * asks for the dates of its body, its header fields and each clause of its
 * narrative, and scanning each of those again costs more than the rest of the
 * plugin. {@link mentionsIn} answers exactly as {@link findDateMentions} on the
 * span would: where a cut could change what matches (a match running across
 * it, or a character next to it that a pattern tests) it scans the span itself.
 */
export class LetterDates {
  /** Every format's matches in document order, overlaps included. */
  readonly #found: DateMention[];
  /** `#reach[i]`: the furthest end of the first `i` matches. */
  readonly #reach: number[];

  constructor(readonly text: string) {
    this.#found = scanDateFormats(text, [0, text.length]);
    this.#reach = [0];
    for (const m of this.#found) this.#reach.push(Math.max(this.#reach[this.#reach.length - 1] as number, m.span[1]));
  }

  /** The dates printed in `span`, as {@link findDateMentions} reads them. */
  mentionsIn(span: Span): DateMention[] {
    const [from, to] = span;
    const found = this.#found;
    let i = this.#firstAtOrAfter(from);
    if (!cleanStart(this.text, from) || !cleanEnd(this.text, to) || (this.#reach[i] as number) > from) return findDateMentions(this.text, span);
    const inside: DateMention[] = [];
    for (; i < found.length && (found[i] as DateMention).span[0] < to; i++) {
      const mention = found[i] as DateMention;
      if (mention.span[1] > to) return findDateMentions(this.text, span);
      inside.push(mention);
    }
    return withoutOverlaps(inside);
  }

  /** The index of the first match starting at or after `at`. */
  #firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.#found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#found[mid] as DateMention).span[0] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
