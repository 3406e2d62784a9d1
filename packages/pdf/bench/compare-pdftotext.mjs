#!/usr/bin/env node
/**
 * PDF letters per second: @imrkit/pdf's readPdf next to poppler's pdftotext
 * (-layout off, one process per file, as a batch job would run it), over the
 * same files: every corpus pdf.pdf, or the PDFs under the folders given.
 * Needs `pnpm --filter @imrkit/pdf build` and `pdftotext` (apt-get install -y poppler-utils).
 *
 *   node packages/pdf/bench/compare-pdftotext.mjs [folders…] [--rounds 5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdf } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const folders = args.filter((a, i) => !a.startsWith('--') && i !== roundsAt + 1);

function findPdfs(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...findPdfs(path));
    else if (entry.name.toLowerCase().endsWith('.pdf')) out.push(path);
  }
  return out;
}

const files = (folders.length > 0 ? folders.map((f) => resolve(f)) : [join(root, 'corpus/dev'), join(root, 'corpus/test')]).flatMap(findPdfs).sort();
if (files.length === 0) {
  console.error('No PDF files found; expected pdf.pdf files (run `pnpm variants`)');
  process.exit(1);
}
const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
const kib = bytes.reduce((n, b) => n + b.length, 0) / 1024;

let hasPdftotext = true;
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  hasPdftotext = false;
}

async function time(label, run) {
  await run(); // warm-up: module loading and JIT are not what is measured
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { label, seconds: median, perSecond: files.length / median };
}

const results = [
  await time('readPdf (pdf.js, in process)', async () => {
    for (const b of bytes) {
      const { issues } = await readPdf(b);
      if (issues.some((i) => i.severity === 'error')) throw new Error(issues[0].message);
    }
  }),
];
if (hasPdftotext) {
  results.push(await time('pdftotext (poppler, a process per file)', async () => {
    for (const f of files) execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-'], { maxBuffer: 1 << 26 });
  }));
}

// pdftotext prints its version on stderr.
const version = hasPdftotext ? spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).stderr.split('\n')[0] : '';
console.log(`${files.length} PDFs (${kib.toFixed(0)} KiB), median of ${rounds} rounds, Node ${process.version}${version ? `, ${version.trim()}` : ''}`);
console.log('| reader | seconds | PDF letters/s |');
console.log('|---|---:|---:|');
for (const r of results) console.log(`| ${r.label} | ${r.seconds.toFixed(3)} | ${r.perSecond.toFixed(1)} |`);
if (!hasPdftotext) console.log('pdftotext not found: apt-get install -y poppler-utils');
