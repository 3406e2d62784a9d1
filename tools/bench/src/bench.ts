#!/usr/bin/env node
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPlugins } from '@imrkit/cli';
import { findRepoRoot } from '@imrkit/variants';
import { runCli, type CliRun } from './cli-run.js';
import { extractInProcess, readOnly, type InProcessRun } from './in-process.js';
import { parseMarkdownOnly } from './parser-floor.js';
import { renderReport, type BenchResult } from './report.js';
import { measureScaling } from './scaling.js';
import { median, repeat } from './stats.js';
import { LAYOUTS, loadBaseLetters, synthesizeCorpus, type Layout } from './synthesize.js';

const USAGE = `pnpm bench [--sizes 1000,10000,100000] [--runs 3] [--workers n] [--quick] [--write docs/benchmarks.md]

Generates synthetic corpora (corpus/dev letters through the variant generator,
details varied per letter) in a temp dir and measures IMRKit extraction.
  --sizes <a,b>    corpus sizes for the end-to-end CLI runs (default 1000,4000,10000,100000)
  --runs <n>       runs per figure; the median is reported (default 3; sizes of
                   100,000 or more run once)
  --workers <n>    workers for the parallel runs (default: available cores)
  --quick          a smoke run: 1,000 letters, one run (for CI)
  --write <file>   write the Markdown report there as well as to stdout`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    workers: { type: 'string' },
    quick: { type: 'boolean' },
    write: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const quick = Boolean(values.quick);
const sizes = (values.sizes ?? (quick ? '1000' : '1000,4000,10000,100000')).split(',').map(Number);
const runs = Number(values.runs ?? (quick ? 1 : 3));
const workers = Number(values.workers ?? availableParallelism());
const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

const root = findRepoRoot();
const plugins = await loadPlugins();
const base = loadBaseLetters([join(root, 'corpus/dev')]);
const work = mkdtempSync(join(tmpdir(), 'imrkit-bench-'));
// An interrupted run still removes its corpora (up to a gigabyte at 100k letters).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}

try {
  // Per layout, on this thread: letters/s, MB/s and where the time goes.
  const sample = synthesizeCorpus(base, join(work, 'sample'), Math.min(1000, sizes[0] ?? 1000));
  const byLayout = {} as BenchResult['byLayout'];
  for (const { variant } of LAYOUTS) {
    const files = sample.files.filter((file) => file.includes(`-${variant}.`));
    extractInProcess(files.slice(0, 20), plugins); // warm-up: compile rules, let the JIT settle
    const measured = repeat(runs, () => extractInProcess(files, plugins));
    byLayout[variant as Layout] = pickMedian(measured);
    log(`${variant}: ${(files.length / (byLayout[variant as Layout].seconds)).toFixed(0)} letters/s on one thread`);
  }
  const markdownFiles = sample.files.filter((file) => file.includes('-markdown.'));
  const parsing = repeat(runs, () => parseMarkdownOnly(markdownFiles));
  const markdownParseOnly = median(parsing.map((run) => run.letters / run.seconds));
  log(`markdown: ${markdownParseOnly.toFixed(0)} letters/s parsed by remark-parse alone`);

  // End to end through the CLI, one worker and all of them, beside a read-only pass.
  const endToEnd: BenchResult['endToEnd'] = [];
  for (const size of sizes) {
    const corpus = synthesizeCorpus(base, join(work, `c${size}`), size);
    const sizeRuns = size >= 100_000 ? 1 : runs;
    const read = median(repeat(sizeRuns, () => readOnly(corpus.files).seconds));
    const serial = size >= 100_000 ? null : medianRun(repeat(sizeRuns, () => runCli(corpus.dir, join(work, 'out.jsonl'), 1)));
    const parallel = medianRun(repeat(sizeRuns, () => runCli(corpus.dir, join(work, 'out.jsonl'), workers)));
    endToEnd.push({ size, bytes: corpus.bytes, runs: sizeRuns, readSeconds: read, serial, parallel });
    log(`${size} letters: ${(size / parallel.seconds).toFixed(0)} letters/s with ${workers} workers, peak RSS ${parallel.peakRssMb.toFixed(0)} MB`);
    rmSync(corpus.dir, { recursive: true, force: true });
  }

  const scaling = measureScaling(base.slice(0, quick ? 2 : 8), plugins, quick ? 1 : runs);
  const result: BenchResult = {
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      os: execSync('uname -sr', { encoding: 'utf8' }).trim(),
      loadAverage: loadavg(),
    },
    command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
    runs,
    workers,
    byLayout,
    markdownParseOnly,
    endToEnd,
    scaling,
  };
  const report = renderReport(result);
  process.stdout.write(report);
  if (values.write) writeFileSync(values.write, report);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The run with the median time, stage times included. */
function pickMedian(measured: InProcessRun[]): InProcessRun {
  return [...measured].sort((a, b) => a.seconds - b.seconds)[Math.floor(measured.length / 2)] as InProcessRun;
}

function medianRun(measured: CliRun[]): CliRun {
  return [...measured].sort((a, b) => a.seconds - b.seconds)[Math.floor(measured.length / 2)] as CliRun;
}
