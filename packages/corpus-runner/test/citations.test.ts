import { describe, expect, it } from 'vitest';
import { acc, overall, prf, runFixture } from './helpers.js';

// fixtures/citations/dev/mapped-items, by hand.
//   golden items     0 Baclofen  1 Exalgo  2 TENS
//   predicted items  0 Norco     1 Baclofen  2 Exalgo     → pairs 0↔1, 1↔2; golden 2 (TENS) unpaired
//   golden citations (item mapped to predicted, by, guideline, document)
//     c0  0→1 reviewer MTUS "Chronic Pain Medical Treatment Guidelines"  topics [Muscle relaxants (for pain), Baclofen]  pages 63-66
//     c1  0→1 reviewer ODG  "Pain (Chronic)"
//     c2  1→2 claims   MTUS "Chronic Pain Medical Treatment Guidelines"  year 2009  pages [8, 9]
//     c3  1→2 claims   MTUS "Neck and Upper Back Complaints"             year 2004  topics [Initial Care, Activity Alteration]
//     c4  2→–  reviewer MTUS  (its item is unpaired: it cannot match)
//   predicted citations
//     d0  2 claims   MTUS "Neck and Upper Back Complaints"       year null  topics [Initial care]
//     d1  2 claims   MTUS "Chronic Pain Medical Treatment 2009"  year 2009  pages [8]
//     d2  1 reviewer MTUS "Chronic Pain Medical Treatment Guidelines"  topics [Baclofen, Muscle relaxants for pain chronic]  pages [66, 65, 64, 63]
//     d3  0 reviewer ODG  "Pain (Chronic)"   (item 0 is Norco: c1's raw index, but not its mapped item)
//     d4  2 reviewer MTUS  (c4's raw index, but golden item 2 is unpaired)
//   key (2, claims, MTUS) holds c2, c3 and d0, d1: the document tie-break pairs c2↔d1 (ratio 0.8) and c3↔d0 (ratio 1),
//   where list order would pair c2↔d0 and c3↔d1 (both documents wrong).
//   matched: c0↔d2, c2↔d1, c3↔d0 → tp 3, fp 2 (d3, d4), fn 2 (c1, c4) → P 0.6, R 0.6, F1 0.6
describe('citations: key multiset through the item pairing', () => {
  it('matches keys with items mapped; an unpaired item matches nothing', async () => {
    const result = await runFixture('citations');
    expect(overall(result, 'citations')).toEqual(prf(0.6, 0.6, 0.6, 5));
    const unmatched = result.misses
      .filter((miss) => miss.metric === 'citations')
      .map((miss) => (miss.got === null ? `missing golden ${miss.path}` : `spurious predicted ${miss.path}`));
    expect(unmatched).toEqual([
      'missing golden /citations/1',
      'missing golden /citations/4',
      'spurious predicted /citations/3',
      'spurious predicted /citations/4',
    ]);
  });

  //   document on the 3 pairs: c0=d2, c3=d0, c2~d1 (token-set 0.8) → 3/3; strict and normalized 2/3
  //   year: c0 null=null, c2 2009=2009, c3 2004≠null → 2/3
  it('breaks ties within a key by document similarity', async () => {
    const result = await runFixture('citations');
    expect(overall(result, 'citations.document')).toEqual(acc(1, 3));
    expect(overall(result, 'citations.document@token-set')).toEqual(acc(1, 3));
    expect(overall(result, 'citations.document@normalized')).toEqual(acc(0.667, 3));
    expect(overall(result, 'citations.document@strict')).toEqual(acc(0.667, 3));
    expect(overall(result, 'citations.year')).toEqual(acc(0.667, 3));
  });

  //   pages: c0 "63-66" = [63, 64, 65, 66] vs [66, 65, 64, 63]: the same set ✓; c2 [8, 9] vs [8] ✗; c3 [] = [] ✓ → 2/3
  it('compares pages as sets', async () => {
    const result = await runFixture('citations');
    expect(overall(result, 'citations.pages')).toEqual(acc(0.667, 3));
    expect(result.misses.find((miss) => miss.metric === 'citations.pages')).toMatchObject({
      path: '/citations/2/pages',
      expected: [8, 9],
      got: [8],
    });
  });

  //   topics, one count per golden topic (c2 has none):
  //     c0  "Muscle relaxants (for pain)" ~ "Muscle relaxants for pain chronic" (2·4/9 = 0.89) ✓, "Baclofen" ✓
  //     c3  "Initial Care" ~ "Initial care" ✓, "Activity Alteration" not found ✗
  //   token-set 3/4; normalized 2/4 (the first differs by a word); strict 1/4 (only "Baclofen" as written)
  it('finds each golden topic among the predicted topics', async () => {
    const result = await runFixture('citations');
    expect(overall(result, 'citations.topics')).toEqual(acc(0.75, 4));
    expect(overall(result, 'citations.topics@normalized')).toEqual(acc(0.5, 4));
    expect(overall(result, 'citations.topics@strict')).toEqual(acc(0.25, 4));
    expect(result.misses.find((miss) => miss.metric === 'citations.topics')).toMatchObject({
      path: '/citations/3/topics/1',
      expected: 'Activity Alteration',
      got: ['Initial care'],
    });
  });
});
