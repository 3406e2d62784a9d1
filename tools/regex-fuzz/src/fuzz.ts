#!/usr/bin/env node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkPatterns } from './check.js';
import { constructedPatterns, dataPatterns, dedupe, literalPatterns, ruleRoots } from './collect.js';
import { INPUT_LENGTH } from './inputs.js';

const USAGE = `pnpm fuzz-regex [--budget-ms 200] [--limit-ms 5000] [--verbose]

Collects every regular expression of the core and the plugins (literals in
their sources, patterns in their data files, and every RegExp they construct
while extracting the dev corpus) and runs each against pathological inputs of
${INPUT_LENGTH.toLocaleString('en-US')} characters. Exits 1 when any input takes longer than the budget.`;

const { values } = parseArgs({
  options: { 'budget-ms': { type: 'string' }, 'limit-ms': { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const budgetMs = Number(values['budget-ms'] ?? 200);
const limitMs = Number(values['limit-ms'] ?? 5000);
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Loads the core and every built plugin and runs them over the dev corpus, so lazily built patterns exist too. */
async function runPlugins(): Promise<void> {
  const core = (await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href)) as typeof import('@imrkit/core');
  const plugins = [];
  for (const pkg of ruleRoots(root).slice(1)) {
    try {
      const module = (await import(pathToFileURL(join(pkg, 'dist/index.js')).href)) as { default?: import('@imrkit/core').AnyPlugin };
      if (module.default) plugins.push(module.default);
    } catch (error) {
      process.stderr.write(`fuzz-regex: skipped ${pkg}: ${(error as Error).message}\n`);
    }
  }
  const extractor = core.createExtractor(plugins);
  const dev = join(root, 'corpus/dev');
  for (const id of readdirSync(dev).sort()) {
    for (const file of ['plain.txt', 'markdown.md', 'html.html']) {
      try {
        extractor.extract(core.loadDocument({ source: file, content: readFileSync(join(dev, id, file), 'utf8') }));
      } catch {
        // A missing layout file, or a plugin failure: the patterns built so far still count.
      }
    }
  }
}

const patterns = dedupe([...literalPatterns(root), ...dataPatterns(root), ...(await constructedPatterns(runPlugins))]);
const started = performance.now();
const results = await checkPatterns(patterns, limitMs, budgetMs);
// Over budget and growing faster than the input (a tenth of the input taking well over a tenth of the time) is superlinear;
// over budget but linear is a pattern with 100,000 matches on a busy machine, reported but not failed.
const SUPERLINEAR_GROWTH = 20;
const overBudget = results.filter((r) => r.hung || r.worstMs > budgetMs).sort((a, b) => b.worstMs - a.worstMs);
const slow = overBudget.filter((r) => r.hung || r.growth >= SUPERLINEAR_GROWTH);
const slowest = [...results].sort((a, b) => b.worstMs - a.worstMs).slice(0, values.verbose ? 20 : 5);

process.stdout.write(`fuzz-regex: ${patterns.length} patterns, budget ${budgetMs} ms per ${INPUT_LENGTH.toLocaleString('en-US')}-character input, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
for (const r of slowest) process.stdout.write(`  ${r.worstMs.toFixed(1).padStart(8)} ms  ${r.pattern.origin}  /${r.pattern.source.slice(0, 100)}/${r.pattern.flags}  on ${r.worstInput}…\n`);
for (const r of overBudget) {
  const time = r.hung ? `hung past ${limitMs} ms` : `${r.worstMs.toFixed(0)} ms, ×${r.growth.toFixed(0)} from a tenth of the input`;
  process.stdout.write(`${slow.includes(r) ? 'SLOW' : 'over budget but linear'} (${time}): ${r.pattern.origin} /${r.pattern.source}/${r.pattern.flags} on ${r.worstInput}…\n`);
}
process.exitCode = slow.length > 0 ? 1 : 0;
