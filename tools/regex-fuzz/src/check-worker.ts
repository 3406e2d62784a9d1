import { parentPort, workerData } from 'node:worker_threads';
import type { FoundPattern } from './collect.js';
import { pathologicalInputs } from './inputs.js';

/** What the checker thread reports: one message per (pattern, input) it finished. */
export interface CheckMessage {
  pattern: number;
  input: number;
  inputs: number;
  ms: number;
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

const { patterns, from } = workerData as { patterns: FoundPattern[]; from: number };
for (let i = from; i < patterns.length; i++) {
  const { source, flags } = patterns[i] as FoundPattern;
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch {
    parentPort?.postMessage({ pattern: i, input: 0, inputs: 0, ms: 0, sample: '' } satisfies CheckMessage);
    continue;
  }
  const inputs = pathologicalInputs(source);
  inputs.forEach((input, j) => {
    const started = performance.now();
    scan(regex, input);
    const ms = performance.now() - started;
    parentPort?.postMessage({ pattern: i, input: j, inputs: inputs.length, ms, sample: JSON.stringify(input.slice(0, 12)) } satisfies CheckMessage);
  });
  if (inputs.length === 0) parentPort?.postMessage({ pattern: i, input: 0, inputs: 0, ms: 0, sample: '' } satisfies CheckMessage);
}
