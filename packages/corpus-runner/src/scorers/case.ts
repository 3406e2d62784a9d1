import type { CaseInfo } from '@imrkit/core';
import { fillSlots } from '../slot-filling.js';
import type { Scorer } from '../scorer.js';
import { emptyTally } from '../tally.js';

/** Guide §3: slot filling on `caseNumber`. Metrics `case`, `case.caseNumber`. */
export const scoreCase: Scorer<CaseInfo> = (expected, got) => {
  const tally = emptyTally();
  fillSlots(tally, 'case', [{ metric: 'case.caseNumber', path: '/case/caseNumber', expected: expected.caseNumber, got: got?.caseNumber }]);
  return tally;
};
