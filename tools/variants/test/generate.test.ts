import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { carriesPdf, chooseVariants, findLetterFolders, PDF_FILE, renderVariants, syncLetter, VARIANT_FILES } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const temps: string[] = [];

function corpusCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imr-variants-'));
  temps.push(dir);
  cpSync(join(here, 'fixtures'), join(dir, 'dev'), { recursive: true });
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('syncLetter', () => {
  it('writes the drawn layouts beside plain.txt, then finds nothing to do', async () => {
    const root = corpusCopy();
    const folders = findLetterFolders([join(root, 'dev')]);
    expect(folders.length).toBe(4);
    for (const folder of folders) {
      const id = folder.split('/').pop() ?? '';
      const first = await syncLetter(folder, false);
      expect(first.changed.length).toBe(chooseVariants(id).length + (carriesPdf(id) ? 1 : 0));
      expect(existsSync(join(folder, PDF_FILE))).toBe(carriesPdf(id));
      const rendered = renderVariants(readFileSync(join(folder, 'plain.txt'), 'utf8'), { seed: id });
      for (const variant of chooseVariants(id)) expect(readFileSync(join(folder, VARIANT_FILES[variant]), 'utf8')).toBe(rendered[variant]);
      expect((await syncLetter(folder, false)).changed).toEqual([]);
      expect((await syncLetter(folder, true)).changed).toEqual([]);
    }
  });

  it('reports an edited, missing or stale file under check, and repairs it otherwise', async () => {
    const root = corpusCopy();
    const folder = join(root, 'dev', 'fd-long');
    await syncLetter(folder, false);
    const file = join(folder, VARIANT_FILES[chooseVariants('fd-long')[0] ?? 'pdf-text']);
    writeFileSync(file, 'edited by hand');
    expect((await syncLetter(folder, true)).changed.length).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('edited by hand');
    expect((await syncLetter(folder, false)).changed.length).toBe(1);
    expect((await syncLetter(folder, true)).changed).toEqual([]);
    rmSync(file);
    expect((await syncLetter(folder, true)).changed[0]).toMatch(/missing/);
  });

  it('writes, checks and removes pdf.pdf as drawn', async () => {
    const root = corpusCopy();
    const folder = join(root, 'dev', 'fd-long');
    const pdf = join(folder, PDF_FILE);
    await syncLetter(folder, false);
    if (!carriesPdf('fd-long')) writeFileSync(pdf, 'stale');
    else writeFileSync(pdf, new Uint8Array([...readFileSync(pdf), 0x0a]));
    expect((await syncLetter(folder, true)).changed).toEqual([carriesPdf('fd-long') ? PDF_FILE : `${PDF_FILE} (not drawn for this letter)`]);
    await syncLetter(folder, false);
    expect((await syncLetter(folder, true)).changed).toEqual([]);
    expect(existsSync(pdf)).toBe(carriesPdf('fd-long'));
  });
});

describe('generate CLI', () => {
  const cli = join(here, '..', 'dist', 'generate.js');
  it.runIf(existsSync(cli))('generates, then passes --check, then fails --check after an edit', () => {
    const root = corpusCopy();
    const run = (...args: string[]): { status: number; out: string } => {
      try {
        return { status: 0, out: execFileSync('node', [cli, ...args], { encoding: 'utf8' }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { status: e.status, out: e.stdout };
      }
    };
    const dir = join(root, 'dev');
    expect(run('--check', dir).status).toBe(1);
    expect(run(dir).out).toMatch(/4 letters/);
    const check = run('--check', dir);
    expect(check.status).toBe(0);
    expect(check.out).toMatch(/0 out of date/);
    writeFileSync(join(dir, 'pr-issues', 'plain.txt'), `${readFileSync(join(dir, 'pr-issues', 'plain.txt'), 'utf8')}One more paragraph.\n`);
    expect(run('--check', dir).status).toBe(1);
    expect(run('--bogus').status).toBe(2);
  });
});
