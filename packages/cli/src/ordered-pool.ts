import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import Tinypool from 'tinypool';
import type { ExtractDone, ExtractTask, PluginKey } from './worker.js';

export interface PoolOptions {
  workers: number;
  /** A letter whose extraction takes longer is abandoned: its worker is replaced and it gets an error record. */
  timeoutMs: number;
  /** Only these plugins (and what they need); all registered ones when absent. */
  plugins?: string[];
}

/** Letters in flight per worker: enough to keep every worker busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 8;
const YOUNG_GENERATION_MB = 16;
/**
 * How much V8 lets the old generation grow past what survived the last full
 * collection (its own default is about 100% for a heap this small). A worker's
 * long-lived data is small, its garbage short-lived: at 25% the pool's peak
 * resident memory fell by about 100 MB over 3,740 letters at no cost in time
 * (docs/benchmarks.md).
 */
const HEAP_GROWING_PERCENT = 25;
/**
 * V8 first interprets a regular expression and compiles it to machine code
 * only once it runs again. The rules run most of their 1,200-odd patterns on
 * every letter, so compiling at once shortens each worker's warm-up (its first
 * 100 letters: about 0.87 → 0.71 s) and changes nothing after.
 */
const V8_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--no-regexp-tier-up'];

export const defaultWorkers = (): number => Math.max(1, availableParallelism());

/**
 * Runs extraction tasks on a worker-thread pool and yields the results in the
 * order the tasks came in, holding at most `IN_FLIGHT_PER_WORKER × workers`
 * letters at once. A result that is ready waits for the ones before it. A task
 * that times out (its worker is terminated and replaced) or whose worker dies
 * yields `onFailure`'s result in its place, made with the plugins' keys, which a
 * worker reports first (an unknown plugin name throws then).
 */
export async function* extractInOrder(
  tasks: Iterable<ExtractTask>,
  options: PoolOptions,
  onFailure: (task: ExtractTask, error: Error, plugins: readonly PluginKey[]) => ExtractDone,
): AsyncGenerator<ExtractDone> {
  // V8 reads these flags when an isolate sizes its heap and when it compiles a pattern: set before the workers start, they apply to them.
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: options.workers,
    maxThreads: options.workers,
    idleTimeout: 1000,
    // A letter's garbage is short-lived and small: a 16 MB young generation (V8 sizes it to 32 MB here)
    // collects it almost as cheaply and keeps each worker's resident memory down.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let plugins: PluginKey[];
  try {
    plugins = (await pool.run(options.plugins, { name: 'describePlugins' })) as PluginKey[];
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  const run = (task: ExtractTask): Promise<ExtractDone> => {
    // A timer cleared when the task ends: `AbortSignal.timeout` kept every finished
    // task's signal (and what hangs on it) alive for the whole timeout, and memory grew with the batch.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    return (pool.run(task, { signal: controller.signal }) as Promise<ExtractDone>)
      .catch((error: unknown) => onFailure(task, error instanceof Error ? error : new Error(String(error)), plugins))
      .finally(() => clearTimeout(timer));
  };
  const window = IN_FLIGHT_PER_WORKER * options.workers;
  const pending: Promise<ExtractDone>[] = [];
  try {
    for (const task of tasks) {
      pending.push(run(task));
      if (pending.length >= window) yield await (pending.shift() as Promise<ExtractDone>);
    }
    while (pending.length > 0) yield await (pending.shift() as Promise<ExtractDone>);
  } finally {
    await Promise.allSettled(pending);
    await pool.destroy();
  }
}
