import type { Item } from '@imrkit/core';
import { cuePattern, escapeRegExp } from './cue-pattern.js';

/** Shorter words ("ms", "er", "ir") are abbreviations that collide with ordinary text. */
const MIN_TERM_LENGTH = 4;

/**
 * The words that name a requested drug in its rationale: the first word of the
 * item's name (a brand, "norco") and each generic ingredient ("hydrocodone",
 * "acetaminophen"). A sentence naming the drug speaks of this request. Null for
 * items that are not drugs, whose names ("physical therapy") are also the
 * guideline's topic words.
 */
export function itemTerms(item: Item | undefined): RegExp | null {
  if (!item || !(item.category === 'medication' || (item.category === null && item.generic))) return null;
  const firstWord = item.name?.split(/\s+/)[0] ?? '';
  const words = [...firstWord.split('/'), ...(item.generic?.split(/(?<!\s)\s*(?:\/|,|\band\b)\s*/) ?? [])]
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length >= MIN_TERM_LENGTH);
  return words.length > 0 ? cuePattern([...new Set(words)].map(escapeRegExp)) : null;
}
