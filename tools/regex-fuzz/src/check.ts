import { Worker } from 'node:worker_threads';
import type { CheckMessage } from './check-worker.js';
import type { FoundPattern } from './collect.js';

/** How one pattern fared: its slowest input, or that it never finished. */
export interface PatternResult {
  pattern: FoundPattern;
  worstMs: number;
  worstInput: string;
  /** How the slowest input's time grew from a tenth of it to all of it (0 when within budget). */
  growth: number;
  /** True when one input ran past the hard limit and the checker was stopped. */
  hung: boolean;
}

/**
 * Runs every pattern against its pathological inputs on a worker thread. A regex
 * cannot be interrupted, so a watchdog terminates the thread when one input runs
 * past `hardLimitMs`, records that pattern as hung, and carries on from the next.
 */
export async function checkPatterns(patterns: readonly FoundPattern[], hardLimitMs: number, budgetMs: number): Promise<PatternResult[]> {
  const results: PatternResult[] = patterns.map((pattern) => ({ pattern, worstMs: 0, worstInput: '', growth: 0, hung: false }));
  let from = 0;
  while (from < patterns.length) {
    from = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: { patterns, from, budgetMs } });
      let current = from;
      let timer: NodeJS.Timeout;
      // Where to carry on once a stopped checker has exited: its 'exit' can come before `terminate()` settles.
      let resumeAt: number | null = null;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          (results[current] as PatternResult).hung = true;
          resumeAt = current + 1;
          void worker.terminate();
        }, hardLimitMs);
      };
      arm();
      worker.on('message', (message: CheckMessage) => {
        const result = results[message.pattern] as PatternResult;
        if (message.ms > result.worstMs) Object.assign(result, { worstMs: message.ms, worstInput: message.sample, growth: message.growth });
        // The next message belongs to this pattern's next input, or to the next pattern.
        current = message.input + 1 < message.inputs ? message.pattern : message.pattern + 1;
        arm();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        resolve(resumeAt ?? patterns.length);
      });
    });
  }
  return results;
}
