import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const letterDir = fileURLToPath(new URL('../../../corpus/dev/101-hb-lumbar-opioids/', import.meta.url));
const plain = readFileSync(join(letterDir, 'plain.txt'), 'utf8');
const html = readFileSync(join(letterDir, 'html.html'), 'utf8');

interface Issue {
  plugin: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}
type Extracted = { source: string; issues: Issue[] } & { [key: string]: unknown };

/** A deterministic byte stream, so a failure can be replayed. */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** The letter with its clinical case summary grown to about `bytes` with real-looking paragraphs. */
function bigLetter(bytes: number): string {
  const lines = plain.split('\n');
  const summary = lines.findIndex((line) => line === 'CLINICAL CASE SUMMARY') + 2;
  const filler = 'The injured worker was seen in follow-up for ongoing low back pain with review of medications and activity tolerance.';
  return [...lines.slice(0, summary), ...Array<string>(Math.ceil(bytes / (filler.length + 1))).fill(filler), ...lines.slice(summary)].join('\n');
}

const files: Record<string, string | Buffer> = {};
let dir: string;
let records: Map<string, Extracted>;
let status: number | null;
let seconds: number;

const DATA = (record: Extracted) => ({ case: record.case, credentials: record.credentials, dates: record.dates, items: record.items, citations: record.citations, rationale: record.rationale });
const errors = (record: Extracted | undefined) => (record?.issues ?? []).filter((issue) => issue.severity === 'error');
const messages = (record: Extracted | undefined) => (record?.issues ?? []).map((issue) => issue.message).join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'imrkit-hostile-'));
  const caseSummary = plain.indexOf('CLINICAL CASE SUMMARY');
  Object.assign(files, {
    'empty.txt': '',
    'random.txt': randomBytes(50_000, 1),
    'random.pdf': randomBytes(50_000, 2),
    'broken.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n'), randomBytes(2_000, 3)]),
    'big.txt': bigLetter(14_000_000),
    'truncated.txt': plain.slice(0, caseSummary + 400),
    'bom-crlf.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.replace(/\n/g, '\r\n'))]),
    'old-mac.txt': plain.replace(/\n/g, '\r'),
    'latin1.txt': Buffer.from(plain.replace('Physical Medicine', 'Physical Medicine').replace('The injured worker', 'The injured worker (Señor Muñoz, café owner)'), 'latin1'),
    'nul-bytes.txt': plain.replace('The injured worker', 'The injured\0 worker'),
    'not-imr.txt': 'Quarterly newsletter\n\nOur garden club met on 03/04/2015 to discuss tomatoes, compost and the spring plant sale.\n',
    'scripts.html': html.replace('<body>', `<body>${'<script>for(;;){}</script><style>p{color:red}</style>'.repeat(5_000)}`),
    'deep.md': `${'>'.repeat(20_000)} Case Number: CM15-0000001\n`,
    'deep.html': `${'<div>'.repeat(20_000)}Case Number: CM15-0000001`,
    'long-line.txt': `${'word '.repeat(200_000)}\n`,
  });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'nested'));
  symlinkSync(dir, join(dir, 'nested/loop'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  writeFileSync(join(dir, 'locked.txt'), plain);
  chmodSync(join(dir, 'locked.txt'), 0);
  writeFileSync(join(dir, 'reference.txt'), plain);
  writeFileSync(join(dir, 'reference.html'), html);

  const started = Date.now();
  const result = spawnSync(process.execPath, [bin, 'extract', dir, '--workers', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  seconds = (Date.now() - started) / 1000;
  status = result.status;
  const lines = result.stdout.trim().split('\n');
  records = new Map(lines.map((line) => JSON.parse(line) as Extracted).map((record) => [record.source.slice(dir.length + 1), record]));
}, 120_000);

describe('a hostile folder', () => {
  it('yields exactly one record per input file, promptly, and exits 1', () => {
    const expected = [...Object.keys(files), 'loop-a.txt', 'loop-b.txt', 'locked.txt', 'reference.txt', 'reference.html'].sort();
    expect([...records.keys()].sort()).toEqual(expected);
    expect(status).toBe(1);
    expect(seconds).toBeLessThan(60);
  });

  it('flags every bad input with an error saying why, and leaves its data empty', () => {
    const why: [string, RegExp][] = [
      ['empty.txt', /^Empty input/],
      ['random.txt', /^Binary input/],
      ['random.pdf', /PDF|pdf/],
      ['broken.pdf', /PDF|pdf/],
      ['not-imr.txt', /^No IMR letter found/],
      ['long-line.txt', /^No IMR letter found/],
      ['loop-a.txt', /^Unreadable input/],
    ];
    for (const [name, message] of why) {
      const record = records.get(name);
      expect(errors(record).length, name).toBeGreaterThan(0);
      expect(errors(record).map((issue) => issue.message).join('\n'), name).toMatch(message);
      expect(record?.items, name).toEqual([]);
      expect(record?.case, name).toEqual({ caseNumber: null });
    }
  });

  it('reads the odd but valid letters in full, as the clean copy reads', () => {
    const reference = DATA(records.get('reference.txt') as Extracted);
    expect((reference.items as unknown[]).length).toBeGreaterThan(0);
    for (const name of ['bom-crlf.txt', 'old-mac.txt', 'latin1.txt', 'nul-bytes.txt', 'big.txt']) {
      expect(errors(records.get(name)), name).toEqual([]);
      expect(DATA(records.get(name) as Extracted), name).toEqual(reference);
    }
    expect(messages(records.get('latin1.txt'))).toMatch(/decoded as Windows-1252/);
    expect(messages(records.get('nul-bytes.txt'))).toMatch(/NUL bytes/);
    expect(DATA(records.get('scripts.html') as Extracted)).toEqual(DATA(records.get('reference.html') as Extracted));
  });

  it('keeps spans inside the text as decoded', () => {
    const record = records.get('bom-crlf.txt') as Extracted;
    const text = readFileSync(join(dir, 'bom-crlf.txt'), 'utf8').replace(/^\uFEFF/, '');
    const [start, end] = (record.spans as Record<string, [number, number]>)['/case/caseNumber'] ?? [0, 0];
    expect(text.slice(start, end)).toBe(records.get('reference.txt')?.case && (records.get('reference.txt')?.case as { caseNumber: string }).caseNumber);
  });

  it('warns about a cut-off letter and about markup too deep to parse, without failing on the depth', () => {
    expect(messages(records.get('truncated.txt'))).toMatch(/looks truncated/);
    expect(messages(records.get('deep.md'))).toMatch(/nesting deeper than/);
    expect(messages(records.get('deep.html'))).toMatch(/nesting deeper than/);
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
