import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const letter = 'Case Number: CM15-0000042\nHOW THE IMR FINAL DETERMINATION WAS MADE\nThe reviewer is board certified.\n';
const DATA_KEYS = ['case', 'credentials', 'dates', 'items', 'citations', 'rationale'];

const run = (args: string[], cwd?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd });
const records = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

let dir: string;

beforeAll(() => {
  // Needs the built CLI: turbo's test task builds dependencies, and this package first.
  execFileSync(process.execPath, [bin, '--help']);
  dir = mkdtempSync(join(tmpdir(), 'imrkit-extract-'));
  mkdirSync(join(dir, 'letters/nested'), { recursive: true });
  writeFileSync(join(dir, 'letters/a.txt'), letter);
  writeFileSync(join(dir, 'letters/nested/b.md'), `**${letter.trim()}**\n`);
  writeFileSync(join(dir, 'letters/expected.json'), '{}');
  writeFileSync(join(dir, 'letters/empty.txt'), '');
  writeFileSync(join(dir, 'letters/notes.csv'), 'not,an,input');
  symlinkSync(join(dir, 'letters'), join(dir, 'letters/nested/loop'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('imrkit extract', () => {
  it('writes one record per input, in sorted walk order, with every key of the record', () => {
    const result = run(['extract', join(dir, 'letters')]);
    const out = records(result.stdout);
    expect(out.map((r) => r.source)).toEqual([join(dir, 'letters/a.txt'), join(dir, 'letters/empty.txt'), join(dir, 'letters/nested/b.md')]);
    // Every record has the same keys, the guide's first; registered plugins may add more before spans.
    const keys = Object.keys(out[0] ?? {});
    expect(keys.slice(0, 8)).toEqual(['source', 'variant', ...DATA_KEYS]);
    expect(keys.slice(-2)).toEqual(['spans', 'issues']);
    for (const record of out) expect(Object.keys(record)).toEqual(keys);
    expect(out[0]?.case).toEqual({ caseNumber: 'CM15-0000042' });
    expect(out[2]?.case).toEqual({ caseNumber: 'CM15-0000042' });
  });

  it('records an unreadable input with an error issue and exits 1, without stopping the batch', () => {
    const result = run(['extract', join(dir, 'letters/empty.txt'), join(dir, 'missing.txt'), join(dir, 'letters/a.txt')]);
    expect(result.status).toBe(1);
    const out = records(result.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]?.issues).toEqual([{ plugin: 'core', severity: 'error', message: 'Empty input; expected the text of an IMR letter' }]);
    expect((out[1]?.issues as { message: string }[])[0]?.message).toMatch(/^Unreadable input/);
    expect((out[2]?.issues as { severity: string }[]).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('exits 0 when every input was read, and writes --out instead of stdout', () => {
    const out = join(dir, 'out.jsonl');
    const result = run(['extract', join(dir, 'letters/a.txt'), '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(records(execFileSync('cat', [out], { encoding: 'utf8' }))).toHaveLength(1);
  });

  it('writes records in input order whatever the number of workers', () => {
    const inputs = Array.from({ length: 12 }, (_, i) => join(dir, i % 3 === 0 ? 'letters/empty.txt' : i % 3 === 1 ? 'letters/a.txt' : 'letters/nested/b.md'));
    const one = run(['extract', ...inputs, '--workers', '1']).stdout;
    const two = run(['extract', ...inputs, '--workers', '2']).stdout;
    expect(records(two).map((r) => r.source)).toEqual(inputs);
    expect(two).toBe(one);
  });

  it('abandons a letter over --timeout with an error record, replaces the worker and carries on', () => {
    // A 2 MB letter takes far longer than 50 ms; the worker that replaces the stopped one must load the plugins, which does too.
    const long = join(dir, 'long.txt');
    writeFileSync(long, `${letter}${'The reviewer notes 7/10 pain on 01/02/2015 with Norco 10/325mg #90. '.repeat(30_000)}\n`);
    const result = run(['extract', long, join(dir, 'letters/nested/b.md'), '--timeout', '50', '--workers', '1']);
    expect(result.status).toBe(1);
    const out = records(result.stdout);
    expect(out.map((r) => r.source)).toEqual([long, join(dir, 'letters/nested/b.md')]);
    for (const record of out) {
      expect(record.issues).toEqual([{ plugin: 'core', severity: 'error', message: 'Unexpected extraction time over 50 ms, expected less; the letter was abandoned' }]);
      expect(record.case).toEqual({ caseNumber: null });
    }
  });

  it('writes the text its spans point into with --emit-text', () => {
    const texts = join(dir, 'texts');
    const [record] = records(run(['extract', join(dir, 'letters/nested/b.md'), '--emit-text', texts]).stdout);
    const text = readFileSync(join(texts, 'b.md.txt'), 'utf8');
    const [start, end] = (record?.spans as Record<string, [number, number]>)['/case/caseNumber'] ?? [0, 0];
    expect(text.slice(start, end)).toBe('CM15-0000042');
  });

  it('adds trace with the plugin and rule of every value', () => {
    const [record] = records(run(['extract', join(dir, 'letters/a.txt'), '--trace']).stdout);
    expect(record?.trace).toEqual({ '/case/caseNumber': { plugin: 'case', rule: 'case/header-field' } });
  });

  it('exits 2 on a usage error, saying why', () => {
    expect(run(['extract']).status).toBe(2);
    const unknown = run(['extract', '--nope', 'x']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--nope'/);
    expect(run(['frobnicate']).stderr).toMatch(/Unknown command "frobnicate"/);
    expect(run(['extract', 'x', '--plugins', 'nope']).stderr).toMatch(/Unknown plugin "nope"/);
    expect(run(['extract', 'x', '--workers', '0']).stderr).toMatch(/Unexpected --workers "0"/);
    expect(run(['extract', 'x', '--resume']).stderr).toMatch(/No --out given for --resume/);
  });

  it('prints help for every command', () => {
    for (const command of ['extract', 'score']) expect(run([command, '--help']).stdout).toMatch(new RegExp(`^imrkit ${command}`));
    expect(run(['--help']).status).toBe(0);
  });
});
