import { describe, expect, it } from 'vitest';
import { overall, prf, runFixture } from './helpers.js';

describe('credentials: set P/R/F1 per document, summed', () => {
  // fixtures/credentials, by hand (specialties compared after normalizeText, states exactly):
  //   two-specialties     specialties {physical medicine and rehabilitation, pain medicine}
  //                       got {physical medicine and rehabilitation, pain management medicine}: tp 1, fp 1, fn 1
  //                       licensure {CA, NJ} got {CA, NJ, NY}: tp 2, fp 1
  //   repeated-specialty  specialties {orthopedic surgery} got ["orthopedic surgery", "Orthopedic Surgery"],
  //                       one value once normalised: tp 1; licensure {CA} got {CA}: tp 1
  //   specialties  tp 2, fp 1, fn 1 → P 2/3, R 2/3, F1 0.667
  //   licensure    tp 3, fp 1, fn 0 → P 3/4, R 1,   F1 6/7 = 0.857
  //   credentials  tp 5, fp 2, fn 1 → P 5/7 = 0.714, R 5/6 = 0.833, F1 10/13 = 0.769
  it('sums specialties and states over the corpus (micro)', async () => {
    const result = await runFixture('credentials');
    expect(overall(result, 'credentials.specialties')).toEqual(prf(0.667, 0.667, 0.667, 3));
    expect(overall(result, 'credentials.licensure')).toEqual(prf(0.75, 1, 0.857, 3));
    expect(overall(result, 'credentials')).toEqual(prf(0.714, 0.833, 0.769, 6));
  });

  // The three modes on specialties:
  //   strict      two-specialties: nothing equal exactly, tp 0, fp 2, fn 2;
  //               repeated-specialty: two distinct strings, one equal: tp 1, fp 1 → tp 1, fp 3, fn 2: F1 2/7 = 0.286
  //   normalized  as the guide's rule: F1 0.667
  //   token-set   "Pain Medicine" ~ "Pain Management Medicine" (2·2/5 = 0.8): tp 3, fp 0, fn 0 → F1 1
  it('reports specialties under the three matching modes', async () => {
    const result = await runFixture('credentials');
    expect(overall(result, 'credentials.specialties@strict')).toEqual(prf(0.25, 0.333, 0.286, 3));
    expect(overall(result, 'credentials.specialties@normalized')).toEqual(prf(0.667, 0.667, 0.667, 3));
    expect(overall(result, 'credentials.specialties@token-set')).toEqual(prf(1, 1, 1, 3));
  });

  it('lists each unmatched value as a miss', async () => {
    const result = await runFixture('credentials');
    expect(result.misses.map(({ metric, expected, got }) => [metric, expected, got])).toEqual([
      ['credentials.specialties', 'Pain Medicine', null],
      ['credentials.specialties', null, 'Pain Management Medicine'],
      ['credentials.licensure', null, 'NY'],
    ]);
  });
});
