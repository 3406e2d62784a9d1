import type { CorpusResult, LetterMiss } from './result.js';

/** The misses a report may list, and how many it holds back. */
export interface ListedMisses {
  listed: LetterMiss[];
  /** Misses of letters in held-out splits: counted in every figure, not listed. */
  withheld: number;
}

/**
 * Splits the misses into those of letters outside `heldOut` (listed) and those
 * inside (only counted). A held-out split measures rules nobody tuned on it;
 * printing its misses invites exactly that tuning.
 */
export function listedMisses(result: CorpusResult, heldOut: readonly string[]): ListedMisses {
  if (heldOut.length === 0) return { listed: result.misses, withheld: 0 };
  const hidden = new Set(result.letters.filter((letter) => heldOut.includes(letter.split)).map((letter) => letter.id));
  const listed = result.misses.filter((miss) => !hidden.has(miss.letter));
  return { listed, withheld: result.misses.length - listed.length };
}

/** One line saying how many misses were held back, or nothing. */
export function withheldLine(withheld: number, heldOut: readonly string[]): string[] {
  if (withheld === 0) return [];
  return [`${withheld} miss(es) in held-out split(s) ${heldOut.join(', ')} are counted in the figures but not listed (score without \`--held-out\` to list them).`];
}
