import { describe, expect, it } from 'vitest';
import { pairItems } from '../src/index.js';
import { acc, overall, prf, runFixture } from './helpers.js';

const labels = (...texts: string[]) => texts.map((label) => ({ label }));

describe('pairItems: in-order alignment by label', () => {
  it('pairs past a skipped golden item, shifting the predicted index', () => {
    const golden = labels('Baclofen 10mg #60', 'Physical Therapy Cervical Spine Qty: 12', 'TENS Unit (indefinite)');
    const predicted = labels('Baclofen 10mg, #60', 'TENS unit (indefinite)');
    expect(pairItems(golden, predicted).pairs).toEqual([
      [0, 0],
      [2, 1],
    ]);
  });

  it('maximises the pairs rather than taking the first match', () => {
    // Greedy first-match pairs golden 0 with predicted 2 and then nothing; in order, 1↔0 and 2↔1 is better.
    const golden = labels('Baclofen 10mg', 'Exalgo 8mg', 'TENS unit');
    const predicted = labels('Exalgo 8mg', 'TENS unit', 'Baclofen 10mg');
    expect(pairItems(golden, predicted).pairs).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('on equal pair counts, prefers the more similar labels', () => {
    // Golden 0 could pair with predicted 0 (ratio 0.8) or 1 (ratio 1); one pair either way.
    const golden = labels('Baclofen 10mg 60 tablets');
    const predicted = labels('Baclofen 10mg 60 tablets daily', 'Baclofen 10mg 60 tablets');
    expect(pairItems(golden, predicted).pairs).toEqual([[0, 1]]);
  });

  it('pairs only matching labels under the mode', () => {
    expect(pairItems(labels('TENS Unit'), labels('tens unit'), 'strict').pairs).toEqual([]);
    expect(pairItems(labels('TENS Unit'), labels('tens unit'), 'normalized').pairs).toEqual([[0, 0]]);
  });
});

describe('items scorer', () => {
  // fixtures/items/dev/skipped-item, by hand:
  //   golden     0 "Baclofen 10mg #60"   1 "Physical Therapy Cervical Spine Qty: 12"   2 "TENS Unit (indefinite)"
  //   predicted  0 "Baclofen 10mg, #60"  1 "TENS unit (indefinite)"                    2 "Norco 10/325mg #90"
  //   pairs (token-set ≥ 0.8, in order): 0↔0 (ratio 1), 2↔1 (ratio 1); golden 1 skipped, predicted 2 spurious
  //   items: tp 2, fp 1, fn 1 → P 2/3, R 2/3, F1 0.667
  //   items@strict: neither label is equal as written → tp 0, fp 3, fn 3
  //   fields on the 2 pairs: quantity 60≠6 and null=null → 1/2; category equipment≠other → 1/2;
  //   name "baclofen"="baclofen", "tens unit"~"TENS unit" → 2/2 (strict 1/2); decision, generic, strength, refills 2/2
  it('scores item P/R/F1 from the in-order pairs', async () => {
    const result = await runFixture('items');
    expect(overall(result, 'items')).toEqual(prf(0.667, 0.667, 0.667, 3));
    expect(overall(result, 'items@strict')).toEqual(prf(0, 0, 0, 3));
    expect(overall(result, 'items@normalized')).toEqual(prf(0.667, 0.667, 0.667, 3));
    expect(overall(result, 'items@token-set')).toEqual(prf(0.667, 0.667, 0.667, 3));
  });

  it('scores fields on paired items only, through the shifted index', async () => {
    const result = await runFixture('items');
    expect(overall(result, 'items.quantity')).toEqual(acc(0.5, 2));
    expect(overall(result, 'items.category')).toEqual(acc(0.5, 2));
    expect(overall(result, 'items.name')).toEqual(acc(1, 2));
    expect(overall(result, 'items.name@strict')).toEqual(acc(0.5, 2));
    expect(overall(result, 'items.name@normalized')).toEqual(acc(1, 2));
    for (const field of ['decision', 'generic', 'strength', 'refills']) expect(overall(result, `items.${field}`)).toEqual(acc(1, 2));
  });

  it('reports the skipped, the spurious and the wrong fields as misses', async () => {
    const result = await runFixture('items');
    expect(result.misses.map(({ metric, path, expected, got }) => [metric, path, expected, got])).toEqual([
      ['items', '/items/1', 'Physical Therapy Cervical Spine Qty: 12', null],
      ['items', '/items/2', null, 'Norco 10/325mg #90'],
      ['items.quantity', '/items/0/quantity', 60, 6],
      ['items.category', '/items/2/category', 'equipment', 'other'],
    ]);
  });
});
