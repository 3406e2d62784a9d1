#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUT_MS, extractCommand } from './commands/extract.js';
import { defaultWorkers } from './ordered-pool.js';
import { REVIEW_HELP, reviewCommand } from './commands/review.js';
import { scoreCommand } from './commands/score.js';
import { EXTRACT_HELP, MAIN_HELP, SCORE_HELP } from './help.js';

class UsageError extends Error {}

const list = (value: string | undefined): string[] | undefined => value?.split(',').map((s) => s.trim()).filter(Boolean);

/** Runs a parser, turning its complaints into usage errors (exit 2). */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A positive whole-number option, or its default when absent. */
function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`Unexpected ${name} "${value}", expected a positive whole number`);
  return n;
}

const help = { type: 'boolean', short: 'h' } as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${MAIN_HELP}\n`);
    return command ? 0 : 2;
  }
  if (command === 'extract') {
    const { values, positionals } = usage(() =>
      parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          help,
          out: { type: 'string' },
          plugins: { type: 'string' },
          trace: { type: 'boolean' },
          'max-bytes': { type: 'string' },
          workers: { type: 'string' },
          resume: { type: 'boolean' },
          'emit-text': { type: 'string' },
          timeout: { type: 'string' },
        },
      }),
    );
    if (values.help) return void process.stdout.write(`${EXTRACT_HELP}\n`), 0;
    if (positionals.length === 0) throw new UsageError('No inputs given; expected files or directories');
    if (values.resume && !values.out) throw new UsageError('No --out given for --resume; expected the file to resume');
    return extractCommand({
      inputs: positionals,
      out: values.out,
      plugins: list(values.plugins),
      trace: Boolean(values.trace),
      maxBytes: positive('--max-bytes', values['max-bytes'], 20_000_000),
      workers: positive('--workers', values.workers, defaultWorkers()),
      resume: Boolean(values.resume),
      emitText: values['emit-text'],
      timeoutMs: positive('--timeout', values.timeout, DEFAULT_TIMEOUT_MS),
    });
  }
  if (command === 'score') {
    const { values, positionals } = usage(() =>
      parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          help,
          plugins: { type: 'string' },
          json: { type: 'boolean' },
          report: { type: 'string' },
          misses: { type: 'boolean' },
          'held-out': { type: 'string' },
          explain: { type: 'string' },
          baseline: { type: 'string' },
          'write-baseline': { type: 'string' },
          update: { type: 'string' },
        },
      }),
    );
    if (values.help) return void process.stdout.write(`${SCORE_HELP}\n`), 0;
    return scoreCommand({
      dirs: positionals,
      plugins: list(values.plugins),
      json: Boolean(values.json),
      report: values.report,
      misses: Boolean(values.misses),
      heldOut: list(values['held-out']) ?? [],
      explain: values.explain,
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
      update: values.update,
    });
  }
  if (command === 'review') {
    const { values, positionals } = usage(() =>
      parseArgs({ args: rest, allowPositionals: true, options: { help, out: { type: 'string' } } }),
    );
    if (values.help) return void process.stdout.write(`${REVIEW_HELP}\n`), 0;
    if (positionals.length === 0) throw new UsageError('No letters given; expected a letter file or a folder');
    return reviewCommand({ inputs: positionals, out: values.out });
  }
  throw new UsageError(`Unknown command "${command}"; expected extract, score or review`);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`imrkit: ${error.message}\n(see imrkit --help)\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`imrkit: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    }
  },
);
