import { REASON_CODES } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { acc, overall, prf, runFixture } from './helpers.js';

// fixtures/rationale/dev/reasons-per-code, by hand.
//   golden items 0 Baclofen, 1 Exalgo, 2 TENS; predicted 0 Exalgo, 1 TENS → pairs 1↔0, 2↔1; Baclofen unpaired
//   outcome: Baclofen unpaired ✗; Exalgo not-medically-necessary = ✓; TENS not-… ≠ medically-necessary ✗ → 1/3
//   reason pairs (predicted item, code)
//     golden     (–, long-term-use) (–, indication-not-met)   [Baclofen: unpaired, cannot match]
//                (0, no-functional-improvement) (0, monitoring-not-documented)
//                (1, trial-not-documented) (1, not-recommended)
//     predicted  (0, no-functional-improvement) (0, long-term-use)
//                (1, trial-not-documented) (1, not-recommended) [listed twice: a set, counted once]
//   tp 3, fp 1 (0, long-term-use: the golden has it on Baclofen, not Exalgo), fn 3 → P 0.75, R 0.5, F1 6/10 = 0.6
describe('rationale', () => {
  it('scores outcomes per golden item through the pairing', async () => {
    const result = await runFixture('rationale');
    expect(overall(result, 'rationale.outcome')).toEqual(acc(0.333, 3));
  });

  it('scores reasons as a set of (item, code) pairs with items mapped', async () => {
    const result = await runFixture('rationale');
    expect(overall(result, 'rationale.reasons')).toEqual(prf(0.75, 0.5, 0.6, 6));
  });

  //   per code: long-term-use tp 0, fp 1, fn 1; indication-not-met fn 1; monitoring-not-documented fn 1;
  //   no-functional-improvement, trial-not-documented, not-recommended tp 1; the other nine: nothing counted
  it('scores reasons per code, all fifteen codes reported', async () => {
    const result = await runFixture('rationale');
    expect(overall(result, 'rationale.reasons.long-term-use')).toEqual(prf(0, 0, 0, 1));
    expect(overall(result, 'rationale.reasons.indication-not-met')).toEqual(prf(null, 0, 0, 1));
    expect(overall(result, 'rationale.reasons.monitoring-not-documented')).toEqual(prf(null, 0, 0, 1));
    expect(overall(result, 'rationale.reasons.no-functional-improvement')).toEqual(prf(1, 1, 1, 1));
    expect(overall(result, 'rationale.reasons.trial-not-documented')).toEqual(prf(1, 1, 1, 1));
    expect(overall(result, 'rationale.reasons.not-recommended')).toEqual(prf(1, 1, 1, 1));
    expect(overall(result, 'rationale.reasons.criteria-met')).toEqual(prf(null, null, null, 0));
    const codes = Object.keys(result.overall.metrics).filter((metric) => metric.startsWith('rationale.reasons.'));
    expect(codes.sort()).toEqual(REASON_CODES.map((code) => `rationale.reasons.${code}`).sort());
  });
});
