import { describe, expect, it } from 'vitest';
import { overall, prf, runFixture } from './helpers.js';

describe('case and dates: slot filling', () => {
  // fixtures/slot-filling/dev/wrong-date, by hand:
  //   caseNumber   CM15-0027300 = CM15-0027300   tp
  //   injury       2001-08-01 ≠ 2001-08-10       fp + fn (a wrong date counts twice)
  //   urDenial     2015-02-02 = 2015-02-02       tp
  //   assigned     null, got 2015-02-19          fp
  //   appReceived  2015-02-12, got null          fn
  //   decision     2015-04-07 = 2015-04-07       tp
  // dates: tp 2, fp 2, fn 2 → P 2/4, R 2/4, F1 2·2/(4+2+2) = 0.5
  it('counts a right value tp, a wrong one fp and fn, a spurious one fp, a missing one fn', async () => {
    const result = await runFixture('slot-filling');
    expect(overall(result, 'dates')).toEqual(prf(0.5, 0.5, 0.5, 4));
    expect(overall(result, 'dates.injury')).toEqual(prf(0, 0, 0, 1));
    expect(overall(result, 'dates.urDenial')).toEqual(prf(1, 1, 1, 1));
    expect(overall(result, 'dates.assigned')).toEqual(prf(0, null, 0, 0));
    expect(overall(result, 'dates.applicationReceived')).toEqual(prf(null, 0, 0, 1));
    expect(overall(result, 'case')).toEqual(prf(1, 1, 1, 1));
    expect(overall(result, 'case.caseNumber')).toEqual(prf(1, 1, 1, 1));
    expect(result.overall.metrics['dates']).toEqual({ kind: 'prf', tp: 2, fp: 2, fn: 2 });
  });

  it('reports a wrong value as one miss holding both values', async () => {
    const result = await runFixture('slot-filling');
    expect(result.misses.map(({ metric, path, expected, got }) => ({ metric, path, expected, got }))).toEqual([
      { metric: 'dates.injury', path: '/dates/injury', expected: '2001-08-01', got: '2001-08-10' },
      { metric: 'dates.assigned', path: '/dates/assigned', expected: null, got: '2015-02-19' },
      { metric: 'dates.applicationReceived', path: '/dates/applicationReceived', expected: '2015-02-12', got: null },
    ]);
    expect(result.misses[0]).toMatchObject({ letter: 'wrong-date', variant: 'plain' });
  });
});
