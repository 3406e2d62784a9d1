import type { Credentials } from '@imrkit/core';
import { MATCH_MODES, normalizeText, textMatches, type MatchMode } from '../normalize.js';
import type { Scorer } from '../scorer.js';
import { countSet, distinct, matchSets } from '../set-matching.js';
import { countPrf, emptyTally } from '../tally.js';

/** The form under which two values of a list are the same value, so the list is a set. */
const setKey = (mode: MatchMode) => (mode === 'strict' ? (text: string) => text : normalizeText);

/**
 * Guide §3: set P/R/F1 per document on specialties (after normalizeText) and on states
 * (exact), summed. Metrics `credentials` (both), `credentials.specialties`,
 * `credentials.specialties@<mode>`, `credentials.licensure`.
 */
export const scoreCredentials: Scorer<Credentials> = (expected, got) => {
  const tally = emptyTally();
  const specialties = { expected: expected.specialties, got: got?.specialties ?? [] };
  for (const mode of MATCH_MODES) {
    const { matched, missing, spurious } = matchSets(
      distinct(specialties.expected, setKey(mode)),
      distinct(specialties.got, setKey(mode)),
      (a, b) => textMatches(a, b, mode),
    );
    countPrf(tally, `credentials.specialties@${mode}`, { tp: matched.length, fp: spurious.length, fn: missing.length });
  }
  countSet(
    tally,
    ['credentials.specialties', 'credentials'],
    '/credentials/specialties',
    distinct(specialties.expected, normalizeText),
    distinct(specialties.got, normalizeText),
    (a, b) => textMatches(a, b, 'normalized'),
  );
  countSet(
    tally,
    ['credentials.licensure', 'credentials'],
    '/credentials/licensure',
    distinct(expected.licensure),
    distinct(got?.licensure ?? []),
    (a, b) => a === b,
  );
  return tally;
};
