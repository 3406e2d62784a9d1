import { parentPort, workerData } from 'node:worker_threads';
import type { FoundPattern } from './collect.js';
import { pathologicalInputs } from './inputs.js';

/** What the checker thread reports: one message per (pattern, input) it finished. */
export interface CheckMessage {
  pattern: number;
  input: number;
  inputs: number;
  ms: number;
  /** Time on the whole input over time on its first tenth: about 10 for a linear pattern, about 100 for a quadratic one. */
  growth: number;
  sample: string;
}

/** Runs a pattern over a whole input as the plugins do: every match of a global pattern, else the first. */
function scan(regex: RegExp, input: string): void {
  if (!regex.global && !regex.sticky) {
    regex.exec(input);
    return;
  }
  regex.lastIndex = 0;
  for (let m = regex.exec(input); m; m = regex.exec(input)) if (m[0].length === 0) regex.lastIndex++;
}

/** Times a scan; over the budget, the best of three, since a busy machine slows a linear pattern too. */
function timed(regex: RegExp, input: string, budgetMs: number): number {
  let best = Infinity;
  for (let run = 0; run < 3 && best > budgetMs; run++) {
    const started = performance.now();
    scan(regex, input);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const { patterns, from, budgetMs } = workerData as { patterns: FoundPattern[]; from: number; budgetMs: number };
for (let i = from; i < patterns.length; i++) {
  const { source, flags } = patterns[i] as FoundPattern;
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch {
    parentPort?.postMessage({ pattern: i, input: 0, inputs: 0, ms: 0, growth: 0, sample: '' } satisfies CheckMessage);
    continue;
  }
  const inputs = pathologicalInputs(source);
  inputs.forEach((input, j) => {
    const ms = timed(regex, input, budgetMs);
    const growth = ms > budgetMs ? ms / Math.max(timed(regex, `${input.slice(0, input.length / 10)}!`, budgetMs), 0.01) : 0;
    parentPort?.postMessage({ pattern: i, input: j, inputs: inputs.length, ms, growth, sample: JSON.stringify(input.slice(0, 12)) } satisfies CheckMessage);
  });
  if (inputs.length === 0) parentPort?.postMessage({ pattern: i, input: 0, inputs: 0, ms: 0, growth: 0, sample: '' } satisfies CheckMessage);
}
