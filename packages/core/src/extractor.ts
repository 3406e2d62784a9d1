import type { ImrDocument } from './document.js';
import { forEachLocated, plainValue, type Locatable } from './located.js';
import type { AnyPlugin, PluginContext } from './plugin.js';
import { orderPlugins } from './order-plugins.js';
import { emptyRecordData, type ImrRecord, type Issue, type RecordData, type Span, type TraceEntry } from './record.js';

export interface ExtractorOptions {
  /** Adds `trace`: per JSON Pointer, the plugin and rule that produced the value. */
  trace?: boolean;
  /** Options passed to every plugin's context. */
  pluginOptions?: Record<string, unknown>;
}

export interface Extractor {
  /** The plugins in the order they run. */
  readonly plugins: readonly AnyPlugin[];
  extract(document: ImrDocument): ImrRecord;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Assembles the record in the guide's key order: identity, data keys, then spans and issues. */
function assemble(document: ImrDocument, data: Record<string, unknown>, spans: Record<string, Span>, issues: Issue[], trace?: Record<string, TraceEntry>): ImrRecord {
  const record = { source: document.source, variant: document.variant, ...data, spans, issues } as ImrRecord;
  if (trace) record.trace = trace;
  return record;
}

/**
 * Registers plugins (ordering them by their needs; unknown needs and cycles throw
 * here) and returns an extractor that runs them on a document. A plugin that
 * throws leaves its key empty and an issue; the others still run.
 */
export function createExtractor(plugins: readonly AnyPlugin[], options: ExtractorOptions = {}): Extractor {
  const ordered = orderPlugins(plugins);
  const pluginOptions = Object.freeze({ ...(options.pluginOptions ?? {}) });
  return {
    plugins: ordered,
    extract(document) {
      const data: Record<string, unknown> = { ...emptyRecordData() };
      const outputs = new Map<string, Locatable<unknown>>();
      const spans: Record<string, Span> = {};
      const trace: Record<string, TraceEntry> | undefined = options.trace ? {} : undefined;
      const issues: Issue[] = [...document.issues];
      const context: PluginContext = {
        get: <T>(name: string) => plainValue(outputs.get(name) as Locatable<T>),
        getLocated: <T>(name: string) => outputs.get(name) as Locatable<T>,
        options: pluginOptions,
      };
      for (const plugin of ordered) {
        const fallback = (data[plugin.key] ?? null) as Locatable<unknown>;
        try {
          const result = plugin.extract(document, context);
          outputs.set(plugin.name, result.value);
          data[plugin.key] = plainValue(result.value);
          forEachLocated(result.value, `/${plugin.key}`, (pointer, leaf) => {
            if (leaf.value === null) return;
            spans[pointer] = document.toOriginal(leaf.span);
            if (trace) trace[pointer] = leaf.notes ? { plugin: plugin.name, rule: leaf.rule, notes: leaf.notes } : { plugin: plugin.name, rule: leaf.rule };
          });
          for (const issue of result.issues ?? []) issues.push({ plugin: plugin.name, ...issue });
        } catch (error) {
          outputs.set(plugin.name, fallback);
          issues.push({ plugin: plugin.name, severity: 'error', message: `Plugin failed: ${message(error)}` });
        }
      }
      return assemble(document, data as unknown as RecordData & Record<string, unknown>, spans, issues, trace);
    },
  };
}
