import { expandInputs, type InputProblem } from '../inputs.js';
import { extractInOrder } from '../ordered-pool.js';
import { Progress } from '../progress.js';
import { emptyRecord } from '../read-record.js';
import { fileSink, recordedSources, streamSink } from '../record-log.js';
import type { ExtractDone, ExtractTask, PluginKey } from '../worker.js';

export interface ExtractOptions {
  inputs: string[];
  out?: string;
  plugins?: string[];
  trace: boolean;
  maxBytes: number;
  /** Worker threads; default: the machine's available cores. */
  workers: number;
  /** Skip inputs already recorded in `out`, appending the rest. */
  resume?: boolean;
  /** Folder to write each input's decoded text into, for checking spans. */
  emitText?: string;
  /** Per-letter time limit; a letter over it gets an error record and its worker is replaced. */
  timeoutMs?: number;
  /** Per-plugin time budget; a plugin over it has its value discarded. */
  pluginBudgetMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_PLUGIN_BUDGET_MS = 30_000;

const workerFailed = (timeoutMs: number) => (task: ExtractTask, error: Error, plugins: readonly PluginKey[]): ExtractDone => {
  const aborted = error.name === 'AbortError' || error.name === 'TimeoutError';
  const message = aborted
    ? `Unexpected extraction time over ${timeoutMs} ms, expected less; the letter was abandoned`
    : `Unexpected worker failure: ${error.message}`;
  return { line: JSON.stringify(emptyRecord(task.path, null, [{ plugin: 'core', severity: 'error', message }], plugins)), failed: true };
};

/**
 * Extracts one record per input on a pool of worker threads and writes each as a
 * JSON line in input order, streaming: a bounded number of letters is in flight at
 * any time. Returns the exit code: 0 when every input was read, 1 when some were
 * recorded with errors.
 */
export async function extractCommand(options: ExtractOptions): Promise<number> {
  const done = options.out && options.resume ? recordedSources(options.out) : new Set<string>();
  const sink = options.out ? fileSink(options.out, Boolean(options.resume)) : streamSink(process.stdout);
  const problems: InputProblem[] = [];
  const progress = new Progress('extract');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  function* tasks(): Generator<ExtractTask> {
    for (const path of expandInputs(options.inputs, problems)) {
      if (done.has(path)) continue;
      yield {
        path,
        maxBytes: options.maxBytes,
        plugins: options.plugins,
        trace: options.trace,
        pluginBudgetMs: options.pluginBudgetMs ?? DEFAULT_PLUGIN_BUDGET_MS,
        emitText: options.emitText,
      };
    }
  }
  let count = 0;
  let failed = 0;
  try {
    for await (const result of extractInOrder(tasks(), { workers: options.workers, timeoutMs, plugins: options.plugins }, workerFailed(timeoutMs))) {
      if (result.failed) failed++;
      await sink.write(result.line);
      progress.tick(++count);
    }
  } finally {
    progress.done();
    await sink.close();
  }
  for (const problem of problems) process.stderr.write(`imrkit: ${problem.path}: ${problem.message}\n`);
  return failed > 0 || problems.length > 0 ? 1 : 0;
}
