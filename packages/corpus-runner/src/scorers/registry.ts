import type { Scorer, ScorerRegistry } from '../scorer.js';
import { scoreCase } from './case.js';
import { scoreCitations } from './citations.js';
import { scoreCredentials } from './credentials.js';
import { scoreDates } from './dates.js';
import { genericScorer } from './generic.js';
import { scoreItems } from './items.js';
import { scoreRationale } from './rationale.js';

/** The scorers of the guide's six data keys. */
export const DEFAULT_SCORERS: Readonly<ScorerRegistry> = {
  case: scoreCase,
  credentials: scoreCredentials,
  dates: scoreDates,
  items: scoreItems,
  citations: scoreCitations,
  rationale: scoreRationale,
};

/** The scorer of `key`: a registered one (`custom` first, so a plugin can replace a default), else the generic one. */
export function scorerFor(key: string, custom: ScorerRegistry = {}): Scorer<unknown> {
  const registered = Object.hasOwn(custom, key) ? custom[key] : Object.hasOwn(DEFAULT_SCORERS, key) ? DEFAULT_SCORERS[key] : undefined;
  return (registered as Scorer<unknown> | undefined) ?? genericScorer(key);
}
