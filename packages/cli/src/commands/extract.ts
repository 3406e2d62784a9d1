import { createWriteStream, type WriteStream } from 'node:fs';
import { createExtractor } from '@imrkit/core';
import { expandInputs, type InputProblem } from '../inputs.js';
import { loadPlugins } from '../plugins.js';
import { Progress } from '../progress.js';
import { hasErrors, readRecord } from '../read-record.js';

export interface ExtractOptions {
  inputs: string[];
  out?: string;
  plugins?: string[];
  trace: boolean;
  maxBytes: number;
}

function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(`${line}\n`)) resolve();
    else stream.once('drain', resolve).once('error', reject);
  });
}

/**
 * Extracts one record per input and writes it as a JSON line as soon as it is
 * made, in input order. Returns the exit code: 0 when every input was read,
 * 1 when some were recorded with errors.
 */
export async function extractCommand(options: ExtractOptions): Promise<number> {
  const extractor = createExtractor(await loadPlugins(options.plugins), { trace: options.trace });
  const out: WriteStream | NodeJS.WritableStream = options.out ? createWriteStream(options.out) : process.stdout;
  const problems: InputProblem[] = [];
  const progress = new Progress('extract');
  let count = 0;
  let failed = 0;
  for (const path of expandInputs(options.inputs, problems)) {
    const record = readRecord(path, extractor, { maxBytes: options.maxBytes });
    if (hasErrors(record)) failed++;
    await writeLine(out, JSON.stringify(record));
    progress.tick(++count);
  }
  progress.done();
  if (out !== process.stdout) await new Promise<void>((resolve) => (out as WriteStream).end(resolve));
  for (const problem of problems) process.stderr.write(`imrkit: ${problem.path}: ${problem.message}\n`);
  return failed > 0 || problems.length > 0 ? 1 : 0;
}
