import { describe, expect, it } from 'vitest';
import { discoverCorpus, figures, headline, runCorpus, type ProgressEvent, type Slice } from '../src/index.js';
import { fixture, prf, rounded, runFixture } from './helpers.js';

// fixtures/run, five documents, by hand:
//   dev/r1   plain     case ✓  injury ✓
//            pdf-text  case missing (fn)  injury ✓
//   test/r2  pdf-text  no prediction file: the extractor throws → failed, every golden value a miss
//            markdown  an error issue and no data → failed
//            plain     an error issue (dates) but a case number: not failed; case ✓, injury missing
//   case   tp 2, fn 3 → P 1, R 0.4, F1 4/7 = 0.571
//   dates  tp 2, fn 3 → the same
describe('runCorpus', () => {
  it('aggregates micro figures overall', async () => {
    const result = await runFixture('run');
    expect(rounded(figures(result.overall.metrics['case']!))).toEqual(prf(1, 0.4, 0.571, 5));
    expect(result.overall.metrics['dates']).toEqual({ kind: 'prf', tp: 2, fp: 0, fn: 3 });
    expect(result.overall).toMatchObject({ documents: 5, failed: 2 });
  });

  //   per variant  plain     2 docs, 0 failed: case tp 2 → 1;     dates tp 1, fn 1 → 0.667
  //                pdf-text  2 docs, 1 failed: case fn 2 → 0;     dates tp 1, fn 1 → 0.667
  //                markdown  1 doc,  1 failed: case fn 1 → 0;     dates fn 1 → 0
  //   per split    dev   2 docs: case tp 1, fn 1 → 0.667; dates tp 2 → 1
  //                test  3 docs, 2 failed: case tp 1, fn 2 → 0.5; dates fn 3 → 0
  it('aggregates per variant, per split and per split × variant', async () => {
    const result = await runFixture('run');
    const f1 = (slice: Slice | undefined, metrics: string[]) =>
      metrics.map((metric) => Math.round(headline(slice!.metrics[metric]!)! * 1000) / 1000);
    expect(Object.keys(result.byVariant)).toEqual(['pdf-text', 'plain', 'markdown']);
    expect(f1(result.byVariant.plain, ['case', 'dates'])).toEqual([1, 0.667]);
    expect(f1(result.byVariant['pdf-text'], ['case', 'dates'])).toEqual([0, 0.667]);
    expect(f1(result.byVariant.markdown, ['case', 'dates'])).toEqual([0, 0]);
    expect(result.byVariant['pdf-text']).toMatchObject({ documents: 2, failed: 1 });
    expect(f1(result.bySplit['dev'], ['case', 'dates'])).toEqual([0.667, 1]);
    expect(f1(result.bySplit['test'], ['case', 'dates'])).toEqual([0.5, 0]);
    expect(result.bySplit['test']).toMatchObject({ documents: 3, failed: 2 });
    expect(result.bySplitVariant['test']?.['plain']?.metrics['case']).toEqual({ kind: 'prf', tp: 1, fp: 0, fn: 0 });
    expect(result.bySplitVariant['dev']?.['pdf-text']?.metrics['case']).toEqual({ kind: 'prf', tp: 0, fp: 0, fn: 1 });
  });

  it('keeps going when a document throws, and says why each failed', async () => {
    const result = await runFixture('run');
    const r2 = result.letters.find((letter) => letter.id === 'r2')!;
    expect(r2.documents.map(({ variant, failed, error }) => ({ variant, failed, error }))).toEqual([
      { variant: 'pdf-text', failed: true, error: expect.stringMatching(/^Extraction failed: ENOENT/) },
      { variant: 'markdown', failed: true, error: 'Unreadable markdown' },
      { variant: 'plain', failed: false, error: undefined },
    ]);
    expect(result.misses.filter((miss) => miss.letter === 'r2' && miss.variant === 'pdf-text').map((miss) => miss.path)).toEqual([
      '/case/caseNumber',
      '/dates/injury',
    ]);
  });

  it('fails a document whose record a scorer cannot read, and keeps going', async () => {
    const letters = discoverCorpus([fixture('items')]);
    // @ts-expect-error: check how the runtime handles an item without a label
    const result = await runCorpus({ letters, extract: async (path, variant) => ({ source: path, variant, items: [{ quantity: 1 }] }) });
    expect(result.letters[0]!.documents[0]).toMatchObject({ failed: true, error: expect.stringMatching(/^Scoring failed: /) });
    // fixtures/items has three golden items: all three missed.
    expect(result.overall.metrics['items']).toEqual({ kind: 'prf', tp: 0, fp: 0, fn: 3 });
  });

  it('reports progress once per document, in corpus order', async () => {
    const events: ProgressEvent[] = [];
    await runFixture('run', { onProgress: (event) => events.push(event) });
    expect(
      events.map(({ done, total, letter, variant, failed }) => `${done}/${total} ${letter} ${variant}${failed ? ' failed' : ''}`),
    ).toEqual(['1/5 r1 pdf-text', '2/5 r1 plain', '3/5 r2 pdf-text failed', '4/5 r2 markdown failed', '5/5 r2 plain']);
  });
});
