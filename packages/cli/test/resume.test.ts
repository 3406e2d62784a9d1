import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedSources } from '../src/record-log.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const letter = readFileSync(fileURLToPath(new URL('../../../corpus/dev/101-hb-lumbar-opioids/plain.txt', import.meta.url)), 'utf8');
const LETTERS = 600;

let dir: string;
let inputs: string;

const lineCount = (path: string): number => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0);
const sources = (path: string): string[] => readFileSync(path, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { source: string }).source);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imrkit-resume-'));
  inputs = join(dir, 'letters');
  spawnSync('mkdir', [inputs]);
  for (let i = 0; i < LETTERS; i++) writeFileSync(join(inputs, `${String(i).padStart(4, '0')}.txt`), letter.replace('CM15-0064218', `CM15-${String(i).padStart(7, '0')}`));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('recordedSources', () => {
  it('reads the source of every whole line, skips damaged ones and cuts a partial last line', () => {
    const path = join(dir, 'partial.jsonl');
    writeFileSync(path, '{"source":"a.txt","variant":"plain"}\nnot json\n{"source":"b \\"q\\".txt"}\n{"source":"c.t');
    expect([...recordedSources(path)]).toEqual(['a.txt', 'b "q".txt']);
    expect(readFileSync(path, 'utf8')).toBe('{"source":"a.txt","variant":"plain"}\nnot json\n{"source":"b \\"q\\".txt"}\n');
  });
});

describe('imrkit extract --resume', () => {
  it('after a SIGKILL mid-run, records every input exactly once', async () => {
    const out = join(dir, 'records.jsonl');
    const child = spawn(process.execPath, [bin, 'extract', inputs, '--out', out, '--workers', '2'], { stdio: 'ignore' });
    // Kill it once some records, but not all, are on disk.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (lineCount(out) >= 20) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.once('exit', () => {
        clearInterval(poll);
        reject(new Error('The run finished before it could be killed; expected a longer run'));
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const before = lineCount(out);
    expect(before).toBeLessThan(LETTERS);
    // A kill can land mid-write; make sure a cut-off last line is there to be dropped.
    appendFileSync(out, '{"source":"');

    const resumed = spawnSync(process.execPath, [bin, 'extract', inputs, '--out', out, '--resume', '--workers', '2'], { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    const recorded = sources(out);
    expect(recorded).toHaveLength(LETTERS);
    expect(new Set(recorded).size).toBe(LETTERS);
    // Records are written in input order, so the killed run left a prefix and the resume the rest.
    expect(recorded).toEqual([...recorded].sort());
    for (const line of readFileSync(out, 'utf8').trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }, 60_000);

  it('does nothing more when everything is already recorded', () => {
    const out = join(dir, 'records.jsonl');
    const size = readFileSync(out).length;
    const again = spawnSync(process.execPath, [bin, 'extract', inputs, '--out', out, '--resume'], { encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(readFileSync(out).length).toBe(size);
  });
});
