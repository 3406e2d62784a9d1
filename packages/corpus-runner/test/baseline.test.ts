import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBaseline, toBaseline, type Baseline } from '../src/index.js';
import { fixture, runFixture } from './helpers.js';

describe('toBaseline', () => {
  // fixtures/run (see run.test.ts): case F1 overall 4/7 = 0.5714; dev/plain 1; dev/pdf-text 0 (fn 1);
  // test/pdf-text 0, test/markdown 0, test/plain 1 (tp 1)
  it('holds every headline figure overall and per split × variant, sorted and rounded', async () => {
    const baseline = toBaseline(await runFixture('run'));
    expect(baseline.metrics['case']).toEqual({
      all: 0.5714,
      'dev/pdf-text': 0,
      'dev/plain': 1,
      'test/markdown': 0,
      'test/pdf-text': 0,
      'test/plain': 1,
    });
    expect(Object.keys(baseline.metrics['case']!)).toEqual([
      'all',
      'dev/pdf-text',
      'dev/plain',
      'test/markdown',
      'test/pdf-text',
      'test/plain',
    ]);
    // The other four dates are null in every golden and record: nothing counted, no figure to hold.
    expect(Object.keys(baseline.metrics)).toEqual(['case', 'case.caseNumber', 'dates', 'dates.injury']);
  });
});

describe('compareBaseline', () => {
  it('finds no drop against its own baseline', async () => {
    const result = await runFixture('run');
    expect(compareBaseline(result, toBaseline(result))).toEqual([]);
  });

  // fixtures/run/baseline-before.json against the run now:
  //   case all          0.6    now 0.5714: fell 0.0286 > 0.005             → drop
  //   dates all         0.575  now 0.5714: fell 0.0036 ≤ 0.005             → kept
  //   case dev/plain    0.9    now 1: rose                                 → kept
  //   claimant all      0.8    no longer reported                          → drop (after null)
  //   case test/html    1      no such scope now                           → drop (after null)
  //   case.caseNumber   not in the baseline: new since, not a drop
  it('reports falls beyond the tolerance and figures no longer reported', async () => {
    const result = await runFixture('run');
    const before = JSON.parse(readFileSync(fixture('run/baseline-before.json'), 'utf8')) as Baseline;
    expect(compareBaseline(result, before)).toEqual([
      { metric: 'case', scope: 'all', before: 0.6, after: 0.5714 },
      { metric: 'case', scope: 'test/html', before: 1, after: null },
      { metric: 'claimant', scope: 'all', before: 0.8, after: null },
    ]);
  });

  it('takes the tolerance as given', async () => {
    const result = await runFixture('run');
    const before = JSON.parse(readFileSync(fixture('run/baseline-before.json'), 'utf8')) as Baseline;
    expect(compareBaseline(result, before, 0.001).map((drop) => `${drop.metric} ${drop.scope}`)).toContain('dates all');
    expect(compareBaseline(result, before, 0.05).map((drop) => `${drop.metric} ${drop.scope}`)).toEqual(['case test/html', 'claimant all']);
  });

  it('rejects a file that is not a baseline', async () => {
    const result = await runFixture('run');
    // @ts-expect-error: check how the runtime handles a baseline without metrics
    expect(() => compareBaseline(result, { case: 1 })).toThrow('Malformed baseline');
  });
});
