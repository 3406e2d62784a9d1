import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createExtractor, type Extractor } from '@imrkit/core';
import { loadPlugins } from './plugins.js';
import { hasErrors, readRecord } from './read-record.js';

/** What the pool sends a worker: one input and how to read it. */
export interface ExtractTask {
  path: string;
  maxBytes: number;
  plugins?: string[];
  trace: boolean;
  /** Per-plugin time budget in milliseconds (see the extractor's `pluginBudgetMs`). */
  pluginBudgetMs: number;
  /** Folder to write the decoded or PDF-extracted text into, beside the record. */
  emitText?: string;
}

/** What a worker sends back: the record as its JSON line (serialised off the main thread). */
export interface ExtractDone {
  line: string;
  failed: boolean;
}

// One extractor per worker, built on its first task: rules and lexicons compile once per thread.
let extractor: Promise<Extractor> | undefined;

/** Reads, extracts and serialises one input. Never throws for a bad input: it gets an error record. */
export default async function extractOne(task: ExtractTask): Promise<ExtractDone> {
  extractor ??= loadPlugins(task.plugins).then((plugins) => createExtractor(plugins, { trace: task.trace, pluginBudgetMs: task.pluginBudgetMs }));
  const { record, text } = await readRecord(task.path, await extractor, { maxBytes: task.maxBytes });
  if (task.emitText && text !== null) {
    mkdirSync(task.emitText, { recursive: true });
    writeFileSync(join(task.emitText, `${basename(task.path)}.txt`), text);
  }
  return { line: JSON.stringify(record), failed: hasErrors(record) };
}

/** The key of each plugin an extraction runs: the main thread's error records need them, and only them. */
export interface PluginKey {
  name: string;
  key: string;
}

/**
 * Loads the plugins on a worker and names their keys, so the main thread never
 * loads them (their rules and lexicons cost it tens of megabytes). An unknown
 * plugin name throws here, before any letter is read.
 */
export async function describePlugins(only: string[] | undefined): Promise<PluginKey[]> {
  return (await loadPlugins(only)).map(({ name, key }) => ({ name, key }));
}
