import type { Span } from '@imrkit/core';
import { toIsoDate } from './calendar.js';
import { splitClauses } from './clauses.js';
import { findCues, type Cue, type DateRole } from './cues.js';
import type { DateMention } from './find-dates.js';
import type { LetterDates } from './letter-dates.js';
import { countWords } from './spaces.js';

/** A date in running text, with what it is the date of. */
export interface ClassifiedDate {
  mention: DateMention;
  /** `null` for a month without a day or an impossible date. */
  iso: string | null;
  /** The role of the nearest cue, or `null` when the clause gives none. */
  role: DateRole | null;
  /** The cue that gave the role (for a date listed after another, that date's cue). */
  cue: Cue | null;
  /** A history cue ("previous", "prior", "already") qualifies the date: an earlier review, not the one in dispute. */
  history: boolean;
}

// Text between two dates that makes the second share the first one's cue: "dated 01/07/2014 and 04/02/2014".
// Matched against trimmed text: surrounding `\s*` runs on both sides backtrack quadratically.
const LIST_JOIN = /^(?:,|and|or|to|through|thru|until|-|–|,\s*and|and\s+(?:again\s+)?on)?$/i;
// A history cue after the date counts only this close to it ("on 12/17/2013 had modified", "The 10/3/12 review already certified").
const HISTORY_AFTER_WORDS = 3;
// Cues after the date lose ties to cues before it ("an MRI on 2/3/12 showed ..." reads back to "MRI").
const AFTER_PENALTY = 0.5;

// Between two dates, the words after a conjunction lead to the second date ("injured it on 01/02/2010 and re-injured it on 02/03/2011").
const CONJUNCTION = /,|\b(?:and|but|while|when|then|until)\b/i;

function nearestRoleCue(text: string, mention: DateMention, cues: readonly Cue[], window: Span): Cue | null {
  let best: { cue: Cue; distance: number } | null = null;
  for (const cue of cues) {
    if (cue.kind === 'history' || cue.span[0] < window[0] || cue.span[1] > window[1]) continue;
    const distance =
      cue.span[1] <= mention.span[0] ? countWords(text, cue.span[1], mention.span[0]) : countWords(text, mention.span[1], cue.span[0]) + AFTER_PENALTY;
    if (!best || distance < best.distance) best = { cue, distance };
  }
  return best?.cue ?? null;
}

function hasHistoryCue(text: string, mention: DateMention, cues: readonly Cue[], window: Span): boolean {
  return cues.some(
    (c) =>
      c.kind === 'history' &&
      c.span[0] >= window[0] &&
      c.span[1] <= window[1] &&
      (c.span[1] <= mention.span[0] || countWords(text, mention.span[1], c.span[0]) < HISTORY_AFTER_WORDS),
  );
}

/**
 * Reads every date in `region` and attaches it to the nearest cue of its clause.
 * A date's window runs from the previous date (or the clause start) to the next
 * date (or the clause end; with a next date, only to the first conjunction on
 * the way), so a cue speaks for the date it stands beside, not for one further
 * along the sentence.
 */
export function classifyDates(dates: LetterDates, region: Span, letterYear: number): ClassifiedDate[] {
  const { text } = dates;
  const out: ClassifiedDate[] = [];
  for (const clause of splitClauses(text, region)) {
    const mentions = dates.mentionsIn(clause);
    if (mentions.length === 0) continue;
    const cues = findCues(text, clause).filter((c) => mentions.every((m) => c.span[1] <= m.span[0] || c.span[0] >= m.span[1]));
    let previous: ClassifiedDate | null = null;
    mentions.forEach((mention, i) => {
      const iso = toIsoDate(mention, letterYear);
      const before = mentions[i - 1];
      if (previous && before && LIST_JOIN.test(text.slice(before.span[1], mention.span[0]).trim())) {
        previous = { mention, iso, role: previous.role, cue: previous.cue, history: previous.history };
      } else {
        const next = mentions[i + 1];
        const conjunction = next ? CONJUNCTION.exec(text.slice(mention.span[1], next.span[0])) : null;
        const end = next ? (conjunction ? mention.span[1] + conjunction.index : next.span[0]) : clause[1];
        const window: Span = [before?.span[1] ?? clause[0], end];
        const cue = nearestRoleCue(text, mention, cues, window);
        previous = { mention, iso, role: cue ? (cue.kind as DateRole) : null, cue, history: hasHistoryCue(text, mention, cues, window) };
      }
      out.push(previous);
    });
  }
  return out;
}
