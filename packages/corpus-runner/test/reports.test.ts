import { describe, expect, it } from 'vitest';
import {
  explainLetter,
  listedMisses,
  renderConsoleReport,
  renderJsonReport,
  renderMarkdownReport,
  runCorpus,
  discoverCorpus,
  type JsonReport,
} from '../src/index.js';
import { fixture, runFixture } from './helpers.js';

describe('console report', () => {
  it('heads the table with documents, failures per variant and the parity share', async () => {
    const report = renderConsoleReport(await runFixture('run'));
    expect(report.split('\n').slice(0, 2)).toEqual([
      'Documents: 5 (2 failed) · pdf-text 2 (1 failed) · markdown 1 (1 failed) · plain 2 (0 failed)',
      'Variant parity: 0 of 2 letters (0.0%)',
    ]);
  });

  // fixtures/run: case P 1, R 0.4, F1 0.571; per variant pdf-text 0, markdown 0, plain 1
  it('has one row per plugin and field: P, R, F1 overall then F1 per variant', async () => {
    const lines = renderConsoleReport(await runFixture('run')).split('\n');
    expect(lines[3]).toMatch(/^metric +kind +n +P +R +F1\/Acc +pdf-text +markdown +plain$/);
    expect(lines.find((line) => line.startsWith('case '))).toMatch(/^case +F1 +5 +1\.000 +0\.400 +0\.571 +0\.000 +0\.000 +1\.000$/);
    // No rationale in this corpus: no reason code table.
    expect(lines.some((line) => line.startsWith('reason code'))).toBe(false);
  });

  // fixtures/rationale (see rationale.test.ts): long-term-use tp 0, fp 1, fn 1; criteria-met nothing counted
  it('adds the per-reason-code table: support, P, R, F1', async () => {
    const lines = renderConsoleReport(await runFixture('rationale')).split('\n');
    expect(lines.find((line) => line.startsWith('long-term-use '))).toMatch(/^long-term-use +1 +0\.000 +0\.000 +0\.000$/);
    expect(lines.find((line) => line.startsWith('criteria-met '))).toMatch(/^criteria-met +0 +– +– +–$/);
  });

  it('fits 120 columns with all five variants', async () => {
    const letters = discoverCorpus([fixture('identity')]);
    const result = await runCorpus({
      letters,
      extract: async (path, variant) => ({ source: path, variant, ...letters[0]!.expected, spans: {}, issues: [] } as never),
    });
    const report = renderConsoleReport(result);
    expect(report).toMatch(/ pdf-text +markdown +plain +html +pdf\n/);
    for (const line of report.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });
});

describe('Markdown report', () => {
  it('holds the tables, the failures, the misses by plugin and field, and the parity differences', async () => {
    const report = renderMarkdownReport(await runFixture('run'));
    expect(report).toContain('| case | F1 | 5 | 1.000 | 0.400 | 0.571 | 0.000 | 0.000 | 1.000 |');
    expect(renderMarkdownReport(await runFixture('rationale'))).toContain('| criteria-met | 0 | – | – | – |');
    expect(report).toContain('- r2 (markdown): Unreadable markdown');
    expect(report).toMatch(
      /### case\n\n#### case\.caseNumber \(3\)\n\n- r1 \(pdf-text\) \/case\/caseNumber: expected "CM15-0000001", got —\n/,
    );
    expect(report).toContain('### r1\n\n- `/case/caseNumber`: pdf-text — · plain "CM15-0000001"');
  });
});

describe('held-out splits', () => {
  // fixtures/run: r1 (dev) has 1 miss, r2 (test) has 5.
  it('counts the misses of a held-out split but lists only the others', async () => {
    const result = await runFixture('run');
    expect(listedMisses(result, ['test'])).toMatchObject({ withheld: 5, listed: [{ letter: 'r1', path: '/case/caseNumber' }] });
    expect(listedMisses(result, [])).toEqual({ listed: result.misses, withheld: 0 });
    const report = renderMarkdownReport(result, { heldOut: ['test'] });
    expect(report).toContain('- r1 (pdf-text) /case/caseNumber');
    expect(report).not.toMatch(/^- r2 \(\S+\) \//m);
    // A held-out document that failed outright is still listed: that is a crash, not a miss.
    expect(report).toContain('- r2 (markdown): Unreadable markdown');
    expect(report).toContain('5 miss(es) in held-out split(s) test are counted in the figures but not listed');
    // The figures still hold the held-out letter's misses.
    expect(report).toContain('| case | F1 | 5 | 1.000 | 0.400 | 0.571 |');
  });

  it('says so instead of "No misses." when every miss is held out', async () => {
    const report = renderMarkdownReport(await runFixture('run'), { heldOut: ['dev', 'test'] });
    expect(report).not.toContain('No misses.');
    expect(report).toContain('6 miss(es) in held-out split(s) dev, test');
  });
});

describe('JSON report', () => {
  it('gives counts with figures for every slice, failures and misses', async () => {
    const report = JSON.parse(renderJsonReport(await runFixture('run'))) as JsonReport;
    expect(report.overall.metrics['case']).toMatchObject({ kind: 'prf', tp: 2, fp: 0, fn: 3, precision: 1, recall: 0.4 });
    expect(report.bySplitVariant['test']?.['markdown']).toMatchObject({ documents: 1, failed: 1 });
    expect(report.failures.map((failure) => `${failure.letter} ${failure.variant}`)).toEqual(['r2 pdf-text', 'r2 markdown']);
    expect(report.misses).toHaveLength(6);
  });
});

describe('explainLetter', () => {
  it('shows each field that differs from the golden per variant, then each variant scores and misses', async () => {
    const text = explainLetter(await runFixture('run'), 'r1');
    expect(text).toMatch(/^field +expected +pdf-text +plain$/m);
    expect(text).toMatch(/^\/case\/caseNumber +"CM15-0000001" +— +=$/m);
    expect(text).toContain('(5 of 6 fields equal the golden in every variant');
    expect(text).toContain('pdf-text: ');
    expect(text).toContain('  case 0.000 · dates 1.000\n  case.caseNumber /case/caseNumber: expected "CM15-0000001", got —');
  });

  it('fails on an unknown letter', async () => {
    expect(() => explainLetter({ letters: [] } as never, 'zz')).toThrow('No letter zz');
  });
});

describe('split tables', () => {
  // fixtures/discovery has letters in dev/ and test/: one table per split, each with its variants.
  it('prints one table per split when there are two or more', async () => {
    const letters = discoverCorpus([fixture('discovery/dev'), fixture('discovery/test')]);
    const result = await runCorpus({
      letters,
      extract: async (path, variant) => ({ source: path, variant, ...letters.find((l) => path.startsWith(l.dir))!.expected, spans: {}, issues: [] } as never),
    });
    const report = renderConsoleReport(result);
    expect(report).toMatch(/^split: dev +all/m);
    expect(report).toMatch(/^split: test +all/m);
    expect(renderMarkdownReport(result)).toContain('## Split: test');
    expect(renderConsoleReport(await runFixture('identity'))).not.toMatch(/^split:/m);
  });
});
