import { readDataFile, type Outcome, type Span } from '@imrkit/core';
import { cuePattern, matchesOf } from './cue-pattern.js';

type OutcomeCues = Record<Outcome, string[]>;

interface OutcomeData {
  strong: OutcomeCues;
  weak: OutcomeCues;
}

const DATA = readDataFile<OutcomeData>(import.meta.url, '../data/outcome-cues.json');
const compileTier = (cues: OutcomeCues) => ({
  negative: cuePattern(cues['not-medically-necessary']),
  positive: cuePattern(cues['medically-necessary']),
});
/** Statements of medical necessity first; "supported", "recommended" only when a rationale has none. */
const TIERS = [compileTier(DATA.strong), compileTier(DATA.weak)];

/** A rationale's conclusion: its outcome, the sentence that states it and the words that did. */
export interface Conclusion {
  outcome: Outcome;
  sentence: Span;
  cue: string;
}

/** The last outcome cue of a sentence; positive matches inside a negative one ("not medically necessary") do not count. */
function lastCue(sentence: string, tier: (typeof TIERS)[number]): { outcome: Outcome; at: number; cue: string } | null {
  const negatives = matchesOf(tier.negative, sentence);
  const positives = matchesOf(tier.positive, sentence).filter((p) => !negatives.some((n) => p.start < n.end && p.end > n.start));
  const all = [
    ...negatives.map((m) => ({ outcome: 'not-medically-necessary' as const, at: m.start, cue: m.text })),
    ...positives.map((m) => ({ outcome: 'medically-necessary' as const, at: m.start, cue: m.text })),
  ];
  return all.sort((a, b) => a.at - b.at).at(-1) ?? null;
}

/**
 * Finds the conclusion of a rationale: the last sentence stating whether the
 * treatment is medically necessary (or, failing that, whether it is supported
 * or recommended). Null when no sentence concludes.
 */
export function findConclusion(text: string, sentences: readonly Span[]): Conclusion | null {
  for (const tier of TIERS) {
    for (const span of [...sentences].reverse()) {
      const cue = lastCue(text.slice(span[0], span[1]), tier);
      if (cue) return { outcome: cue.outcome, sentence: span, cue: cue.cue };
    }
  }
  return null;
}
