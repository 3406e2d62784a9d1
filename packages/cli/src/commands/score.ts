import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { createExtractor, RECORD_KEYS } from '@imrkit/core';
import {
  compareBaseline,
  discoverCorpus,
  explainLetter,
  listedMisses,
  renderConsoleReport,
  renderJsonReport,
  renderMarkdownReport,
  runCorpus,
  toBaseline,
  withheldLine,
  type Baseline,
  type CorpusResult,
} from '@imrkit/corpus-runner';
import { loadRegistry } from '../plugins.js';
import { Progress } from '../progress.js';
import { readRecord } from '../read-record.js';
import { updateGolden } from '../update-golden.js';

export interface ScoreOptions {
  dirs: string[];
  plugins?: string[];
  json: boolean;
  report?: string;
  misses: boolean;
  /** Splits whose misses `--report` and `--misses` count but do not list. */
  heldOut: string[];
  explain?: string;
  baseline?: string;
  writeBaseline?: string;
  update?: string;
}

const DEFAULT_DIRS = ['corpus/dev', 'corpus/test'];
const MAX_BYTES = 20_000_000;

function printBaselineGate(result: CorpusResult, path: string): number {
  const baseline = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  const drops = compareBaseline(result, baseline);
  if (drops.length === 0) {
    process.stderr.write(`imrkit: no figure dropped below ${path}\n`);
    return 0;
  }
  for (const drop of drops) {
    process.stderr.write(`imrkit: ${drop.metric} [${drop.scope}] dropped from ${drop.before} to ${drop.after ?? 'nothing'}\n`);
  }
  process.stderr.write(`imrkit: ${drops.length} figure(s) dropped more than 0.005 below ${path}\n`);
  return 1;
}

/** Scores the registered plugins against golden corpora and prints the tables. */
export async function scoreCommand(options: ScoreOptions): Promise<number> {
  const dirs = options.dirs.length > 0 ? options.dirs : DEFAULT_DIRS.filter((dir) => existsSync(dir));
  const { plugins, scorers } = await loadRegistry(options.plugins);
  const extractor = createExtractor(plugins);
  const letters = discoverCorpus(dirs);
  const keys = options.plugins ? plugins.map((p) => p.key) : undefined;
  if (options.update) return updateGolden(letters, options.update, extractor, [...RECORD_KEYS, ...plugins.map((p) => p.key)]);

  const progress = new Progress('score');
  const result = await runCorpus({
    letters,
    keys,
    scorers,
    extract: async (path) => (await readRecord(path, extractor, { maxBytes: MAX_BYTES })).record,
    onProgress: (event) => progress.tick(event.done, event.total),
  });
  progress.done();

  if (options.explain) process.stdout.write(`${explainLetter(result, options.explain)}\n`);
  else if (options.json) process.stdout.write(renderJsonReport(result));
  else process.stdout.write(`${renderConsoleReport(result)}\n`);
  if (options.misses && !options.json) {
    const { listed, withheld } = listedMisses(result, options.heldOut);
    for (const miss of listed) process.stdout.write(`${miss.letter} ${miss.variant} ${miss.path}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(miss.got)}\n`);
    for (const line of withheldLine(withheld, options.heldOut)) process.stdout.write(`${line}\n`);
  }
  if (options.report) writeFileSync(options.report, renderMarkdownReport(result, { heldOut: options.heldOut }));
  if (options.writeBaseline) writeFileSync(options.writeBaseline, `${JSON.stringify(toBaseline(result), null, 2)}\n`);
  if (options.baseline) return printBaselineGate(result, options.baseline);
  return 0;
}

