/**
 * Runs letters through the whole pipeline (readPdf for PDFs, the core, every
 * plugin the CLI registers) and scores them with the corpus runner, so a PDF can
 * be compared with the letter's pdf-text variant figure by figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createExtractor, loadDocument, RECORD_KEYS, type AnyPlugin, type Extractor, type ImrRecord, type Variant } from '@imrkit/core';
import { headline, mergeTallies, scoreDocument, type Golden, type Tally } from '@imrkit/corpus-runner';
import { findLetterFolders, findRepoRoot } from '@imrkit/variants';
import { readPdf } from '../src/index.js';

export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

export interface CorpusLetter {
  id: string;
  dir: string;
  plain: string;
  golden: Golden;
}

/** The letters of a corpus split (`dev` or `test`) that have a golden. */
export function corpusLetters(split: string): CorpusLetter[] {
  return findLetterFolders([join(repoRoot, 'corpus', split)])
    .filter((dir) => existsSync(join(dir, 'expected.json')))
    .map((dir) => ({
      id: dir.split('/').pop() ?? dir,
      dir,
      plain: readFileSync(join(dir, 'plain.txt'), 'utf8'),
      golden: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Golden,
    }));
}

let extractor: Promise<Extractor> | undefined;

/**
 * The extractor with every plugin registered in the CLI's plugins.json, each
 * resolved as the CLI resolves it. A plugin that is registered but not built yet
 * is left out with a warning: both sides of a comparison use the same extractor.
 */
export function registeredExtractor(): Promise<Extractor> {
  extractor ??= (async () => {
    const cli = join(repoRoot, 'packages/cli');
    const registry = JSON.parse(readFileSync(join(cli, 'data/plugins.json'), 'utf8')) as { plugins: string[] };
    const resolve = createRequire(join(cli, 'package.json')).resolve;
    const plugins: AnyPlugin[] = [];
    for (const name of registry.plugins) {
      try {
        plugins.push(((await import(pathToFileURL(resolve(name)).href)) as { default: AnyPlugin }).default);
      } catch (error) {
        console.warn(`Plugin ${name} left out: ${(error as Error).message}`);
      }
    }
    return createExtractor(plugins);
  })();
  return extractor;
}

export async function extractText(source: string, text: string, variant: Variant): Promise<ImrRecord> {
  return (await registeredExtractor()).extract(loadDocument({ source, content: text, variant }));
}

export async function extractPdf(source: string, bytes: Uint8Array): Promise<ImrRecord> {
  const { text, issues } = await readPdf(bytes);
  if (issues.some((i) => i.severity === 'error')) throw new Error(`${source}: ${issues.map((i) => i.message).join('; ')}`);
  return extractText(source, text, 'pdf');
}

/** Headline figure (F1 or accuracy) per metric, over all the scored documents. */
export type Figures = Record<string, number | null>;

/** The record keys a golden holds (plugins outside the core add their own). */
const scoredKeys = (golden: Golden): string[] => [...new Set([...RECORD_KEYS, ...Object.keys(golden)])];

export function score(scored: { golden: Golden; record: ImrRecord }[]): Figures {
  const tally: Tally = mergeTallies(scored.map(({ golden, record }) => scoreDocument(golden, record as unknown as Record<string, unknown>, scoredKeys(golden))));
  return Object.fromEntries(Object.entries(tally.counts).map(([metric, counts]) => [metric, headline(counts)]));
}

/** Per plugin (record key): the largest difference between two sets of figures over the plugin's metrics. */
export function largestDifference(a: Figures, b: Figures): Record<string, number> {
  const out: Record<string, number> = {};
  for (const metric of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const key = metric.split('.')[0] ?? metric;
    const diff = Math.abs((a[metric] ?? 0) - (b[metric] ?? 0));
    out[key] = Math.max(out[key] ?? 0, diff);
  }
  return out;
}
