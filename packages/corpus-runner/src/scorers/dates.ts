import type { Dates } from '@imrkit/core';
import { fillSlots } from '../slot-filling.js';
import type { Scorer } from '../scorer.js';
import { emptyTally } from '../tally.js';

const FIELDS: readonly (keyof Dates)[] = ['injury', 'urDenial', 'assigned', 'applicationReceived', 'decision'];

/** Guide §3: slot filling on the five dates. Metrics `dates` and `dates.<field>`. */
export const scoreDates: Scorer<Dates> = (expected, got) => {
  const tally = emptyTally();
  fillSlots(
    tally,
    'dates',
    FIELDS.map((field) => ({ metric: `dates.${field}`, path: `/dates/${field}`, expected: expected[field], got: got?.[field] })),
  );
  return tally;
};
