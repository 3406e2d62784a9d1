import { located, type Category, type Located, type Outcome, type ReasonCode, type Span } from '@imrkit/core';
import { assertionAt, readSentence, type SentenceAssertion } from './assertion.js';
import { matchesAny, matchesOf } from './cue-pattern.js';
import { quoteRegions } from './quotes.js';
import { REASON_RULES, type CueScope, type ReasonCue, type ReasonRule } from './reason-cues.js';
import { splitSentences } from './sentences.js';

/** What the reasons of one item depend on besides its rationale text. */
export interface ReasonScope {
  outcome: Outcome;
  category: Category | null;
  /** The requested drug's names, as a pattern; a sentence naming it is about the case. */
  itemTerms: RegExp | null;
}

/** A cue that fired in a sentence: where (offsets in the sentence) and with which assertion. */
export interface CueHit {
  code: ReasonCode;
  start: number;
  /** Hits are ordered by where their match ends: the concept itself, for patterns that start at a verb ("does not mention ... side effects"). */
  end: number;
  assertion: string;
}

/** How a trace names the sentences a cue may fire in. */
const SCOPE_NOTE: Record<CueScope, string> = { case: 'about the case', unattributed: 'not a guideline statement', any: 'any sentence' };

const applies = (rule: ReasonRule, scope: ReasonScope): boolean =>
  rule.outcome === scope.outcome &&
  (scope.category === null || ((rule.onlyCategories?.has(scope.category) ?? true) && !rule.skipCategories.has(scope.category)));

/** The first match of a cue in a sentence that is asserted the way the cue requires. */
function fire(cue: ReasonCue, sentence: SentenceAssertion, rationaleText: string): { start: number; end: number } | null {
  if (cue.about === 'case' && !sentence.aboutCase) return null;
  if (cue.about === 'unattributed' && sentence.attributed) return null;
  if (cue.requires && !matchesAny(cue.requires, sentence.text)) return null;
  if (cue.blockedBy && matchesAny(cue.blockedBy, sentence.text)) return null;
  if (cue.context && !matchesAny(cue.context, rationaleText)) return null;
  for (const match of matchesOf(cue.match, sentence.text)) {
    const { negated, negatedFromOutside, hypothetical, quoted } = assertionAt(sentence, match.start, match.end);
    if (quoted || hypothetical) continue;
    if (cue.assertion === 'negated' && !negated) continue;
    // An affirmed cue may carry its own negation words ("is not recommended"); only an outside trigger denies it.
    if (cue.assertion === 'affirmed' && negatedFromOutside) continue;
    return { start: match.start, end: match.end };
  }
  return null;
}

/**
 * The reason codes one read sentence supports. A fallback cue's hit gives way
 * to any specific hit of another code; then codes suppressed by another code
 * fired in the same sentence are dropped.
 */
export function reasonsInSentence(sentence: SentenceAssertion, rationaleText: string, scope: ReasonScope): CueHit[] {
  const hits: (CueHit & { fallback: boolean })[] = [];
  for (const rule of REASON_RULES) {
    if (!applies(rule, scope)) continue;
    for (const cue of rule.cues) {
      const found = fire(cue, sentence, rationaleText);
      if (!found) continue;
      hits.push({ code: rule.code, ...found, fallback: cue.fallback, assertion: `${cue.assertion}, ${SCOPE_NOTE[cue.about]} (${cue.name})` });
      break;
    }
  }
  const specific = new Set(hits.filter((h) => !h.fallback).map((h) => h.code));
  const kept = hits.filter((h) => !h.fallback || ![...specific].some((code) => code !== h.code));
  const fired = new Set(kept.map((h) => h.code));
  const suppressed = (code: ReasonCode) => [...(REASON_RULES.find((r) => r.code === code)?.suppressedBy ?? [])].some((c) => fired.has(c));
  return kept.filter((h) => !suppressed(h.code)).sort((a, b) => a.end - b.end).map(({ fallback: _, ...hit }) => hit);
}

/**
 * The reasons a rationale applies to its item, each located at the first
 * sentence that supports it, in the order of those sentences.
 */
export function findReasons(text: string, rationale: Span, scope: ReasonScope): Located<ReasonCode>[] {
  const quotes = quoteRegions(text, rationale);
  const rationaleText = text.slice(rationale[0], rationale[1]).toLowerCase();
  const reasons: Located<ReasonCode>[] = [];
  const seen = new Set<ReasonCode>();
  for (const [start, end] of splitSentences(text, rationale)) {
    const local: Span[] = quotes.filter(([s, e]) => e > start && s < end).map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
    const sentence = readSentence(text.slice(start, end), local, scope.itemTerms);
    for (const hit of reasonsInSentence(sentence, rationaleText, scope)) {
      if (seen.has(hit.code)) continue;
      seen.add(hit.code);
      const cue = text.slice(start + hit.start, start + hit.end);
      reasons.push(located(hit.code, [start, end], `rationale/reason/${hit.code}`, { cue, assertion: hit.assertion }));
    }
  }
  return reasons;
}
