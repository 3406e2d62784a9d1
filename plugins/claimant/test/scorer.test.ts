import { describe, expect, it } from 'vitest';
import type { ScoreContext } from '@imrkit/corpus-runner';
import { claimantScorer } from '../src/index.js';

const context = {} as ScoreContext;
const golden = { age: 58, sex: 'male' as const, diagnoses: ['cervicalgia', 'spondylosis, lumbar region', 'low back pain'] };

describe('claimantScorer', () => {
  it('counts a perfect record as all true positives', () => {
    const { counts, misses } = claimantScorer(golden, golden, context);
    expect(counts['claimant']).toEqual({ kind: 'prf', tp: 5, fp: 0, fn: 0 });
    expect(misses).toEqual([]);
  });
  it('counts a wrong age twice and a missing sex once', () => {
    const { counts } = claimantScorer(golden, { ...golden, age: 57, sex: null }, context);
    expect(counts['claimant.age']).toEqual({ kind: 'prf', tp: 0, fp: 1, fn: 1 });
    expect(counts['claimant.sex']).toEqual({ kind: 'prf', tp: 0, fp: 0, fn: 1 });
  });
  it('matches diagnoses by token-set ratio at least 0.8, one to one', () => {
    const got = { ...golden, diagnoses: ['Spondylosis lumbar region', 'cervicalgia', 'low back pain', 'neck pain'] };
    const { counts, misses } = claimantScorer(golden, got, context);
    expect(counts['claimant.diagnoses']).toEqual({ kind: 'prf', tp: 3, fp: 1, fn: 0 });
    expect(misses).toEqual([{ metric: 'claimant.diagnoses', path: '/claimant/diagnoses/3', expected: null, got: 'neck pain' }]);
  });
  it('scores a record without the key as all misses', () => {
    const { counts } = claimantScorer(golden, undefined, context);
    expect(counts['claimant']).toEqual({ kind: 'prf', tp: 0, fp: 0, fn: 5 });
  });
});
