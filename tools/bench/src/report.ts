import type { CliRun } from './cli-run.js';
import type { InProcessRun } from './in-process.js';
import type { Layout } from './synthesize.js';
import type { ScalingResult } from './scaling.js';

export interface BenchResult {
  machine: { nproc: number; cpu: string; node: string; os: string; loadAverage: number[] };
  command: string;
  runs: number;
  workers: number;
  byLayout: Record<Layout, InProcessRun>;
  /** Markdown letters per second parsed by unified + remark-parse alone: the ceiling for that layout. */
  markdownParseOnly: number;
  endToEnd: { size: number; bytes: number; runs: number; readSeconds: number; serial: CliRun | null; parallel: CliRun }[];
  scaling: ScalingResult[];
}

const fixed = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const mb = (bytes: number): number => bytes / 1_000_000;

function layoutTable(result: BenchResult): string[] {
  const stageNames = [...new Set(Object.values(result.byLayout).flatMap((run) => Object.keys(run.stages)))];
  const rows = [
    `| layout | letters | letters/s | letters/CPU-s | MB/s | load only letters/s | ${stageNames.map((s) => `${s} %`).join(' | ')} |`,
    `|---|--:|--:|--:|--:|--:|${stageNames.map(() => '--:').join('|')}|`,
  ];
  for (const [layout, run] of Object.entries(result.byLayout)) {
    const total = Object.values(run.stages).reduce((a, b) => a + b, 0);
    const shares = stageNames.map((s) => fixed((100 * (run.stages[s] ?? 0)) / total));
    const loadOnly = run.letters / ((run.stages.load ?? 0) / 1000);
    rows.push(
      `| ${layout} | ${run.letters} | ${fixed(run.letters / run.seconds)} | ${fixed(run.letters / run.cpuSeconds)} | ${fixed(mb(run.bytes) / run.seconds, 2)} | ${fixed(loadOnly)} | ${shares.join(' | ')} |`,
    );
  }
  return rows;
}

function endToEndTable(result: BenchResult): string[] {
  const rows = [
    `| letters | MB | runs | read-only s | 1 worker letters/s | ${result.workers} workers letters/s | ${result.workers} workers MB/s | speed-up | × read-only | peak RSS MB |`,
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of result.endToEnd) {
    const serial = row.serial ? row.size / row.serial.seconds : Number.NaN;
    const parallel = row.size / row.parallel.seconds;
    rows.push(
      `| ${row.size} | ${fixed(mb(row.bytes), 1)} | ${row.runs} | ${fixed(row.readSeconds, 2)} | ${fixed(serial)} | ${fixed(parallel)} | ${fixed(mb(row.bytes) / row.parallel.seconds, 2)} | ${fixed(parallel / serial, 2)} | ${fixed(row.parallel.seconds / row.readSeconds)} | ${fixed(row.parallel.peakRssMb)} |`,
    );
  }
  return rows;
}

function scalingTable(result: BenchResult): string[] {
  const rows = ['| letter | short ms | ×length | long ms | ×time |', '|---|--:|--:|--:|--:|'];
  for (const s of result.scaling) rows.push(`| ${s.letter} | ${fixed(s.shortMs, 2)} | ${fixed(s.lengthRatio, 1)} | ${fixed(s.longMs, 2)} | ${fixed(s.timeRatio, 1)} |`);
  return rows;
}

/** The benchmark's figures as Markdown, for docs/benchmarks.md. */
export function renderReport(result: BenchResult): string {
  const worst = Math.max(...result.scaling.map((s) => s.timeRatio));
  return [
    '### Machine',
    '',
    `${result.machine.nproc} cores (\`nproc\`), ${result.machine.cpu}, Node ${result.machine.node}, ${result.machine.os}; load average when the run ended ${result.machine.loadAverage.map((n) => n.toFixed(1)).join(' / ')} (other work on the machine slows every figure). Command: \`${result.command}\`; figures are medians of ${result.runs} run(s).`,
    '',
    '### Per layout, one thread (in process)',
    '',
    ...layoutTable(result),
    '',
    `"load only" is the rate if no plugin took any time: reading aside, decoding, the layout view and sections. Markdown letters parsed by unified + remark-parse alone, nothing else: ${fixed(result.markdownParseOnly)} letters/s, the ceiling for markdown whatever the plugins cost.`,
    '',
    '### End to end through the CLI (start-up included)',
    '',
    ...endToEndTable(result),
    '',
    '### Scaling with letter length',
    '',
    ...scalingTable(result),
    '',
    `Worst time ratio for a letter ten times longer: ${fixed(worst, 1)}× (target ≤ 12×).`,
    '',
  ].join('\n');
}
