import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewCommand } from '../src/commands/review.js';

const corpus = new URL('../../../corpus/dev/', import.meta.url).pathname;
const temps: string[] = [];
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-review-cli-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('reviewCommand', () => {
  it('writes one page for a corpus folder, every variant checked against its golden', async () => {
    const dir = temp();
    cpSync(join(corpus, '101-hb-lumbar-opioids'), join(dir, '101-hb-lumbar-opioids'), { recursive: true });
    const out = join(dir, 'page.html');
    expect(await reviewCommand({ inputs: [dir], out })).toBe(0);
    const html = readFileSync(out, 'utf8');
    const sections = html.match(/<section class="letter"/g) ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/\d+ wrong, \d+ missed/);
    expect(html).toContain('plain.txt');
    expect(html).toMatch(/<mark data-spans=/);
  });

  it('reads a plain letter without a golden, escaping its text', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'letters'));
    const plain = readFileSync(join(corpus, '101-hb-lumbar-opioids', 'plain.txt'), 'utf8');
    writeFileSync(join(dir, 'letters', 'letter.txt'), `${plain}\n<script>alert(1)</script>\n`);
    const out = join(dir, 'review.html');
    expect(await reviewCommand({ inputs: [join(dir, 'letters', 'letter.txt')], out })).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\d+ wrong/);
  });

  it('keeps an unreadable letter on the page and says so in the exit code', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nnot a pdf');
    const out = join(dir, 'review.html');
    expect(await reviewCommand({ inputs: [dir], out })).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('broken.pdf');
  });

  it('fails on no input and on a folder with no letters', async () => {
    expect(await reviewCommand({ inputs: [] })).toBe(2);
    expect(await reviewCommand({ inputs: [temp()], out: join(temp(), 'x.html') })).toBe(1);
  });
});
