import { describe, expect, it } from 'vitest';
import { discoverCorpus, figures, runCorpus } from '../src/index.js';
import { fixture } from './helpers.js';

// fixtures/identity/dev/seed-004 holds the golden of seed letter 004 (three items, ten citations)
// and five variant files; the extractor returns the golden itself.
describe('a record equal to its golden', () => {
  it('scores 1 on every metric with something to count, and is in parity', async () => {
    const letters = discoverCorpus([fixture('identity')]);
    const result = await runCorpus({
      letters,
      extract: async (path, variant) =>
        ({ source: path, variant, ...structuredClone(letters[0]!.expected), spans: {}, issues: [] } as never),
    });
    expect(result.overall.documents).toBe(5);
    expect(result.misses).toEqual([]);
    expect(result.parity).toMatchObject({ letters: 1, inParity: 1, share: 1 });
    for (const [metric, counts] of Object.entries(result.overall.metrics)) {
      const value = figures(counts);
      const headline = value.kind === 'prf' ? value.f1 : value.accuracy;
      expect([metric, headline]).toEqual([metric, value.support === 0 ? null : 1]);
    }
    expect(figures(result.overall.metrics['citations']!)).toMatchObject({ f1: 1, support: 50 });
  });
});
