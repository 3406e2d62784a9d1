import { readFileSync } from 'node:fs';
import { createExtractor, loadDocument, type AnyPlugin } from '@imrkit/core';

/** Time spent per stage over a run: `load` (decoding, views, sections) and each plugin by name. */
export type StageTimes = Record<string, number>;

/** Wraps each plugin so the time it spends is added to `times` under its name. */
function timed(plugins: readonly AnyPlugin[], times: StageTimes): AnyPlugin[] {
  return plugins.map((plugin) => ({
    ...plugin,
    extract(document, context) {
      const started = performance.now();
      try {
        return plugin.extract(document, context);
      } finally {
        times[plugin.name] = (times[plugin.name] ?? 0) + performance.now() - started;
      }
    },
  }));
}

export interface InProcessRun {
  letters: number;
  bytes: number;
  seconds: number;
  /** CPU time the process spent (user + system): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  stages: StageTimes;
}

/** Reads and extracts every file on this thread, one at a time, timing each stage. */
export function extractInProcess(files: readonly string[], plugins: readonly AnyPlugin[]): InProcessRun {
  const stages: StageTimes = { load: 0 };
  const extractor = createExtractor(timed(plugins, stages));
  let bytes = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const path of files) {
    const content = readFileSync(path);
    bytes += content.length;
    const loading = performance.now();
    const document = loadDocument({ source: path, content });
    stages.load = (stages.load ?? 0) + performance.now() - loading;
    extractor.extract(document);
  }
  const used = process.cpuUsage(cpu);
  return { letters: files.length, bytes, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, stages };
}

/** Reads every file and nothing more: the floor any extraction run is compared with. */
export function readOnly(files: readonly string[]): { seconds: number; bytes: number } {
  let bytes = 0;
  const started = performance.now();
  for (const path of files) bytes += readFileSync(path).length;
  return { seconds: (performance.now() - started) / 1000, bytes };
}
