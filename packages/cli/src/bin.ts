#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { extractCommand } from './commands/extract.js';
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
        options: { help, out: { type: 'string' }, plugins: { type: 'string' }, trace: { type: 'boolean' }, 'max-bytes': { type: 'string' } },
      }),
    );
    if (values.help) return void process.stdout.write(`${EXTRACT_HELP}\n`), 0;
    if (positionals.length === 0) throw new UsageError('No inputs given; expected files or directories');
    const maxBytes = Number(values['max-bytes'] ?? 20_000_000);
    if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('Unexpected --max-bytes, expected a positive number');
    return extractCommand({ inputs: positionals, out: values.out, plugins: list(values.plugins), trace: Boolean(values.trace), maxBytes });
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
      explain: values.explain,
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
      update: values.update,
    });
  }
  throw new UsageError(`Unknown command "${command}"; expected extract or score`);
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
