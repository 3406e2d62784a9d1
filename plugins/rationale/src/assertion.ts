import { readDataFile, type Span } from '@imrkit/core';
import { cuePattern, matchesAny, matchesOf } from './cue-pattern.js';
import { insideAny } from './quotes.js';

interface AssertionCues {
  negation: { before: string[]; after: string[]; sentence: string[]; pseudo: string[] };
  termination: string[];
  hypotheticalTermination: string[];
  hypothetical: string[];
  attribution: string[];
  anchors: { strong: string[]; weak: string[] };
}

const CUES = readDataFile<AssertionCues>(import.meta.url, '../data/assertion-cues.json');
const NEGATION_BEFORE = cuePattern(CUES.negation.before);
const NEGATION_AFTER = cuePattern(CUES.negation.after);
const NEGATION_SENTENCE = cuePattern(CUES.negation.sentence);
const PSEUDO_NEGATION = cuePattern(CUES.negation.pseudo);
const TERMINATION = cuePattern(CUES.termination, { wholeWords: false });
const HYPOTHETICAL_TERMINATION = cuePattern([...CUES.termination, ...CUES.hypotheticalTermination], { wholeWords: false });
const HYPOTHETICAL = cuePattern(CUES.hypothetical);
const ATTRIBUTION = cuePattern(CUES.attribution);
const STRONG_ANCHOR = cuePattern(CUES.anchors.strong);
const WEAK_ANCHOR = cuePattern(CUES.anchors.weak);

/** A stretch of a sentence a trigger governs; `wide` scopes reach back over terminators. */
export interface Scope {
  start: number;
  end: number;
  wide: boolean;
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
}

/** What a cue at an offset is: negated, hypothetical, quoted. */
export interface CueAssertion {
  negated: boolean;
  hypothetical: boolean;
  quoted: boolean;
}

function scopesAfter(triggers: { end: number }[], terminators: Span[], length: number): Scope[] {
  return triggers.map(({ end }) => ({ start: end, end: terminators.find(([s]) => s >= end)?.[0] ?? length, wide: false }));
}

function scopesBefore(triggers: { start: number }[], terminators: Span[]): Scope[] {
  return triggers.map(({ start }) => ({ start: terminators.filter(([, e]) => e <= start).at(-1)?.[1] ?? 0, end: start, wide: false }));
}

/** Blanks the quoted parts of a sentence, so anchors and attributions are read from the reviewer's own words. */
function unquoted(text: string, quotes: readonly Span[]): string {
  let out = text;
  for (const [s, e] of quotes) out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
  return out;
}

/**
 * Reads a sentence the ConText way: negation triggers (NegEx: before, after and
 * sentence-wide, minus pseudo-negations) and hypothetical triggers each govern
 * a scope that ends at a terminator (a hypothetical one also at a comma); the sentence is about the case when it has
 * a strong anchor (this patient, the records, the request, a pronoun), names the
 * requested drug, or has a weak anchor ("there is no", "has not") without
 * reporting a guideline.
 */
export function readSentence(sentence: string, quotes: readonly Span[], itemTerms: RegExp | null): SentenceAssertion {
  const text = sentence.toLowerCase();
  const spansOf = (pattern: RegExp): Span[] => matchesOf(pattern, text).map((m) => [m.start, m.end]);
  const terminators = spansOf(TERMINATION);
  const pseudo = spansOf(PSEUDO_NEGATION);
  const real = <T extends { start: number }>(triggers: T[]) => triggers.filter((t) => !insideAny(pseudo, t.start));
  const negations = [
    ...scopesAfter(real(matchesOf(NEGATION_BEFORE, text)), terminators, text.length),
    ...scopesBefore(real(matchesOf(NEGATION_AFTER, text)), terminators),
    ...matchesOf(NEGATION_SENTENCE, text).map((m) => ({ start: 0, end: m.start, wide: true })),
  ];
  const hypotheticals = scopesAfter(matchesOf(HYPOTHETICAL, text), spansOf(HYPOTHETICAL_TERMINATION), text.length);
  const own = unquoted(text, quotes);
  const attributed = matchesAny(ATTRIBUTION, own);
  const aboutCase =
    matchesAny(STRONG_ANCHOR, own) || (itemTerms !== null && matchesAny(itemTerms, own)) || (!attributed && matchesAny(WEAK_ANCHOR, own));
  return { text, negations, hypotheticals, quotes: [...quotes], aboutCase };
}

/** The assertion status of a cue found at offset `at` of a read sentence. */
export function assertionAt(sentence: SentenceAssertion, at: number): CueAssertion {
  const covering = sentence.negations.filter((s) => at >= s.start && at < s.end);
  const hypothetical = sentence.hypotheticals.some((s) => at >= s.start && at < s.end);
  // A sentence-wide negation ("... and none of these has been done") applies a stated requirement to the case.
  const negated = covering.length > 0 && (!hypothetical || covering.some((s) => s.wide));
  return { negated, hypothetical: hypothetical && !covering.some((s) => s.wide), quoted: insideAny(sentence.quotes, at) };
}
