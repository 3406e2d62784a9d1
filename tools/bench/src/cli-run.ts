import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliRun {
  seconds: number;
  /** Peak resident memory of the whole process (main thread and workers), in MB. */
  peakRssMb: number;
  records: number;
}

const require = createRequire(import.meta.url);
const cliBin = (): string => join(dirname(require.resolve('@imrkit/cli')), 'bin.js');
const rssReporter = fileURLToPath(new URL('./report-rss.js', import.meta.url));

/** Runs `imrkit extract <dir> --out <out> --workers <n>` as a fresh process, as a user would: start-up included. */
export function runCli(dir: string, out: string, workers: number): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', rssReporter, cliBin(), 'extract', dir, '--out', out, '--workers', String(workers)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) throw new Error(`imrkit extract failed (${result.status}): ${result.stderr}`);
  const rss = /bench-peak-rss-kb (\d+)/.exec(result.stderr);
  const records = spawnSync('wc', ['-l', out], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0];
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, records: Number(records) };
}
