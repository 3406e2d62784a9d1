import { readDataFile, type Span } from '@imrkit/core';
import { cuePattern, matchesAny, matchesOf } from './cue-pattern.js';
import { insideAny } from './quotes.js';

interface AssertionCues {
  negation: { before: string[]; after: string[]; sentence: string[]; pseudo: string[] };
  termination: string[];
  negationTermination: string[];
  hypotheticalTermination: string[];
  hypothetical: string[];
  hypotheticalSentence: string[];
  attribution: string[];
  anchors: { strong: string[]; weak: string[] };
  enumeration: string[];
}

const CUES = readDataFile<AssertionCues>(import.meta.url, '../data/assertion-cues.json');
const NEGATION_BEFORE = cuePattern(CUES.negation.before);
const NEGATION_AFTER = cuePattern(CUES.negation.after);
const NEGATION_SENTENCE = cuePattern(CUES.negation.sentence);
const PSEUDO_NEGATION = cuePattern(CUES.negation.pseudo);
const TERMINATION = cuePattern(CUES.termination, { wholeWords: false });
const NEGATION_TERMINATION = cuePattern([...CUES.termination, ...CUES.negationTermination], { wholeWords: false });
const HYPOTHETICAL_TERMINATION = cuePattern([...CUES.termination, ...CUES.hypotheticalTermination], { wholeWords: false });
const HYPOTHETICAL = cuePattern(CUES.hypothetical);
const HYPOTHETICAL_SENTENCE = cuePattern(CUES.hypotheticalSentence, { wholeWords: false });
const ATTRIBUTION = cuePattern(CUES.attribution);
const STRONG_ANCHOR = cuePattern(CUES.anchors.strong);
const WEAK_ANCHOR = cuePattern(CUES.anchors.weak);
const ENUMERATION = cuePattern(CUES.enumeration, { wholeWords: false });

/** A stretch of a sentence a trigger governs; `wide` scopes reach back over terminators. */
export interface Scope {
  start: number;
  end: number;
  wide: boolean;
  /** Where the trigger starts: a trigger inside a cue's own words ("not recommended") does not negate the cue. */
  trigger: number;
}

/** One sentence with what its words assert, every offset relative to the sentence start. */
export interface SentenceAssertion {
  /** The sentence in lower case. */
  text: string;
  negations: Scope[];
  hypotheticals: Scope[];
  quotes: Span[];
  /** Whether the sentence speaks of this patient or request rather than restating a guideline. */
  aboutCase: boolean;
  /** Whether, outside quotes and hypothetical scopes, the sentence reports what a guideline says. */
  attributed: boolean;
}

/** What a cue at an offset is: negated, hypothetical, quoted. */
export interface CueAssertion {
  negated: boolean;
  /** Negated by a trigger outside the cue's own words: "nothing recommends against", not "is not recommended". */
  negatedFromOutside: boolean;
  hypothetical: boolean;
  quoted: boolean;
}

function scopesAfter(triggers: { start: number; end: number }[], terminators: Span[], length: number): Scope[] {
  return triggers.map(({ start, end }) => ({ start: end, end: terminators.find(([s]) => s >= end)?.[0] ?? length, wide: false, trigger: start }));
}

function scopesBefore(triggers: { start: number }[], terminators: Span[]): Scope[] {
  return triggers.map(({ start }) => ({ start: terminators.filter(([, e]) => e <= start).at(-1)?.[1] ?? 0, end: start, wide: false, trigger: start }));
}

/** Blanks stretches of a sentence (quotes, conditions), so anchors and attributions are read from the reviewer's own assertions. */
function blanked(text: string, stretches: readonly Span[]): string {
  let out = text;
  for (const [s, e] of stretches) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/**
 * Reads a sentence the ConText way: negation triggers (NegEx: before, after and
 * sentence-wide, minus pseudo-negations) and hypothetical triggers each govern
 * a scope that ends at a terminator (a negation one also at the next trigger or
 * at the cause of a missing benefit, "no relief | from therapy"; a hypothetical
 * one also at a comma, or nowhere when a conditional opening leads to a modal
 * consequence). The sentence is about the case when, outside quotes and hypothetical scopes, it
 * has a strong anchor (this patient, the records, the request, a pronoun) or a
 * sentence-wide negation, or when it does not report a guideline and has a weak
 * anchor ("there is no", "has not") or names the requested drug. A numbered
 * list of criteria restates a guideline, whatever anchors its items hold.
 */
export function readSentence(sentence: string, quotes: readonly Span[], itemTerms: RegExp | null): SentenceAssertion {
  const text = sentence.toLowerCase();
  const spansOf = (pattern: RegExp): Span[] => matchesOf(pattern, text).map((m) => [m.start, m.end]);
  const terminators = spansOf(NEGATION_TERMINATION);
  const pseudo = spansOf(PSEUDO_NEGATION);
  const real = <T extends { start: number }>(triggers: T[]) => triggers.filter((t) => !insideAny(pseudo, t.start));
  const wide = matchesOf(NEGATION_SENTENCE, text).map((m) => ({ start: 0, end: m.start, wide: true, trigger: m.start }));
  const before = real(matchesOf(NEGATION_BEFORE, text));
  // A later trigger opens its own scope: in "X is not recommended, so Y is not recommended" the first "not" stops at the second.
  const negationEnds = [...terminators, ...before.map((t): Span => [t.start, t.end])].sort((a, b) => a[0] - b[0]);
  const negations = [
    ...scopesAfter(before, negationEnds, text.length),
    ...scopesBefore(real(matchesOf(NEGATION_AFTER, text)), spansOf(TERMINATION)),
    ...wide,
  ];
  // "If the cream contains gabapentin, it would not be recommended": a conditional opening makes the whole sentence hypothetical.
  const hypotheticals = matchesAny(HYPOTHETICAL_SENTENCE, text)
    ? [{ start: 0, end: text.length, wide: false, trigger: 0 }]
    : scopesAfter(matchesOf(HYPOTHETICAL, text), spansOf(HYPOTHETICAL_TERMINATION), text.length);
  const own = blanked(text, [...quotes, ...hypotheticals.map((h): Span => [h.start, h.end])]);
  const unattributed = !matchesAny(ATTRIBUTION, own);
  const aboutCase =
    wide.length > 0 ||
    (!matchesAny(ENUMERATION, own) &&
      (matchesAny(STRONG_ANCHOR, own) || (unattributed && (matchesAny(WEAK_ANCHOR, own) || (itemTerms !== null && matchesAny(itemTerms, own))))));
  return { text, negations, hypotheticals, quotes: [...quotes], aboutCase, attributed: !unattributed };
}

/**
 * The assertion status of a cue found at `[start, end)` of a read sentence. A
 * cue is negated when a negation scope covers its last word (the object of
 * "the record does not mention side effects"), negated from outside when that
 * scope's trigger is not one of the cue's own words, hypothetical or quoted
 * when its first word lies in such a scope.
 */
export function assertionAt(sentence: SentenceAssertion, start: number, end: number): CueAssertion {
  const last = Math.max(start, end - 1);
  const covering = sentence.negations.filter((s) => last >= s.start && last < s.end);
  const conditional = sentence.hypotheticals.some((s) => start >= s.start && start < s.end);
  // A sentence-wide negation ("... and none of these has been done") applies a stated requirement to the case.
  const applied = covering.some((s) => s.wide);
  const negated = covering.length > 0 && (!conditional || applied);
  const outside = covering.some((s) => s.trigger < start || s.trigger >= end);
  return { negated, negatedFromOutside: negated && outside, hypothetical: conditional && !applied, quoted: insideAny(sentence.quotes, start) };
}
