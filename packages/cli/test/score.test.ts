import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const seeds = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

const golden = {
  case: { caseNumber: 'CM15-0000042' },
  credentials: { specialties: [], licensure: [] },
  dates: { injury: null, urDenial: null, assigned: null, applicationReceived: null, decision: null },
  items: [],
  citations: [],
  rationale: [],
};

let corpus: string;

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'imrkit-score-'));
  for (const [id, caseNumber] of [['good', 'CM15-0000042'], ['wrong', 'CM15-0000099']] as const) {
    const dir = join(corpus, 'dev', id);
    cpSync(fileURLToPath(new URL('./fixtures/letter/', import.meta.url)), dir, { recursive: true });
    writeFileSync(join(dir, 'expected.json'), JSON.stringify({ ...golden, case: { caseNumber } }));
  }
  const held = join(corpus, 'test', 'held');
  cpSync(fileURLToPath(new URL('./fixtures/letter/', import.meta.url)), held, { recursive: true });
  writeFileSync(join(held, 'expected.json'), JSON.stringify({ ...golden, case: { caseNumber: 'CM15-0000099' } }));
});

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('imrkit score', () => {
  it('prints the per-plugin table with document counts', () => {
    const result = run(['score', join(corpus, 'dev')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Documents: 4 \(0 failed\)/);
    // One letter right, one wrong in both variants: tp 2, fp 2, fn 2 → F1 0.5.
    expect(result.stdout).toMatch(/^case\.caseNumber\s+F1\s+\d+\s+0\.500\s+0\.500\s+0\.500/m);
  });

  it('fails the baseline gate when a figure drops, and passes against its own baseline', () => {
    const baseline = join(corpus, 'baseline.json');
    expect(run(['score', join(corpus, 'dev'), '--write-baseline', baseline]).status).toBe(0);
    expect(run(['score', join(corpus, 'dev'), '--baseline', baseline]).status).toBe(0);
    const stored = JSON.parse(readFileSync(baseline, 'utf8'));
    stored.metrics['case.caseNumber'].all = 0.9;
    writeFileSync(baseline, JSON.stringify(stored));
    const gated = run(['score', join(corpus, 'dev'), '--baseline', baseline]);
    expect(gated.status).toBe(1);
    expect(gated.stderr).toMatch(/case\.caseNumber \[all\] dropped from 0\.9 to 0\.5/);
  });

  it('rewrites one golden from the current output with --update', () => {
    const result = run(['score', join(corpus, 'dev'), '--update', 'wrong']);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(corpus, 'dev/wrong/expected.json'), 'utf8')).case).toEqual({ caseNumber: 'CM15-0000042' });
  });

  it('counts a held-out split\'s misses but does not print them', () => {
    const listed = run(['score', join(corpus, 'test'), '--misses']);
    expect(listed.stdout).toMatch(/^held \S+ \/case\/caseNumber: expected "CM15-0000099"/m);
    const held = run(['score', join(corpus, 'test'), '--misses', '--held-out', 'test', '--report', join(corpus, 'report.md')]);
    expect(held.status).toBe(0);
    expect(held.stdout).toMatch(/^case\.caseNumber\s+F1\s+\d+\s+0\.000/m);
    expect(held.stdout).not.toMatch(/^held /m);
    expect(held.stdout).toMatch(/^\d+ miss\(es\) in held-out split\(s\) test are counted/m);
    expect(readFileSync(join(corpus, 'report.md'), 'utf8')).not.toContain('- held (');
  });

  it.skipIf(!existsSync(seeds))('scores the seed letters', () => {
    const result = run(['score', seeds]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Documents: 5 \(0 failed\)/);
  });
});
