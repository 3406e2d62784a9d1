import { describe, expect, it } from 'vitest';
import { countAccuracy, emptyTally, type Scorer } from '../src/index.js';
import { overall, prf, runFixture } from './helpers.js';

// fixtures/generic/dev/claimant: a `claimant` key that no built-in scorer knows, by hand.
//   /claimant/name              "J. Doe" = "J. Doe"           tp
//   /claimant/employer          null, got "ACME"              fp
//   /claimant/bodyParts         {neck, low back} vs {low back, knee} as a set: tp 1, fp 1, fn 1
//   /claimant/attorneys/0/name  "A. Lee" = "A. Lee"           tp
//   /claimant/attorneys/1/name  "B. Ray" ≠ "C. Cole"          fp + fn
//   claimant: tp 3, fp 3, fn 2 → P 0.5, R 0.6, F1 6/11 = 0.545
describe('generic scorer', () => {
  it('slot-fills every scalar leaf and scores lists of scalars as sets', async () => {
    const result = await runFixture('generic');
    expect(overall(result, 'claimant')).toEqual(prf(0.5, 0.6, 0.545, 5));
    expect(overall(result, 'claimant.name')).toEqual(prf(1, 1, 1, 1));
    expect(overall(result, 'claimant.employer')).toEqual(prf(0, null, 0, 0));
    expect(overall(result, 'claimant.bodyParts')).toEqual(prf(0.5, 0.5, 0.5, 2));
    // List indices are positions, not fields: both attorneys count under one metric.
    expect(overall(result, 'claimant.attorneys.name')).toEqual(prf(0.5, 0.5, 0.5, 2));
  });

  it('gives way to a scorer registered for the key', async () => {
    const claimant: Scorer<{ name: string }> = (expected, got) => {
      const tally = emptyTally();
      countAccuracy(tally, 'claimant.name', expected.name === got?.name ? 1 : 0, 1);
      return tally;
    };
    const result = await runFixture('generic', { scorers: { claimant } });
    expect(Object.keys(result.overall.metrics)).toEqual(['claimant.name']);
    expect(result.overall.metrics['claimant.name']).toEqual({ kind: 'accuracy', correct: 1, total: 1 });
  });

  it('scores only the keys asked for', async () => {
    const result = await runFixture('slot-filling', { keys: ['case'] });
    expect(result.keys).toEqual(['case']);
    expect(Object.keys(result.overall.metrics)).toEqual(['case', 'case.caseNumber']);
  });
});
