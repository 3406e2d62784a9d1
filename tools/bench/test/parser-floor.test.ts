import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseMarkdownOnly } from '../src/parser-floor.js';

const dir = mkdtempSync(join(tmpdir(), 'bench-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('times remark-parse over every markdown file it is given', () => {
  const files = [1, 2, 3].map((n) => {
    const path = join(dir, `${n}.md`);
    writeFileSync(path, `# Letter ${n}\n\n**Case Number:** CM${n}\n\n${'A sentence of the rationale. '.repeat(200)}\n`);
    return path;
  });
  const run = parseMarkdownOnly(files);
  expect(run.letters).toBe(3);
  expect(run.seconds).toBeGreaterThan(0);
});

it('fails on a file that is not there, rather than timing nothing', () => {
  expect(() => parseMarkdownOnly([join(dir, 'missing.md')])).toThrow(/ENOENT/);
});
