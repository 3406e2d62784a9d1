import type { ImrDocument } from './document.js';
import { forEachLocated, plainValue, type Locatable } from './located.js';
import type { AnyPlugin, PluginContext } from './plugin.js';
import { orderPlugins } from './order-plugins.js';
import { emptyRecordData, type ImrRecord, type Issue, type RecordData, type Span, type TraceEntry } from './record.js';

export interface ExtractorOptions {
  /** Adds `trace`: per JSON Pointer, the plugin and rule that produced the value. */
  trace?: boolean;
  /**
   * Milliseconds one plugin may take on one letter. A synchronous plugin cannot be
   * stopped, so its time is measured: over budget, its value is discarded (its key
   * left empty, as when it throws) and an issue says so. Default: no budget.
   */
  pluginBudgetMs?: number;
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
 * throws, or runs over its time budget, leaves its key empty and an issue; the
 * others still run.
 */
export function createExtractor(plugins: readonly AnyPlugin[], options: ExtractorOptions = {}): Extractor {
  const ordered = orderPlugins(plugins);
  const budget = options.pluginBudgetMs ?? Number.POSITIVE_INFINITY;
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
      /** A plugin that failed leaves its key at its default (null for a key the core does not know). */
      const drop = (plugin: AnyPlugin, why: string): void => {
        data[plugin.key] ??= null;
        outputs.set(plugin.name, data[plugin.key] as Locatable<unknown>);
        issues.push({ plugin: plugin.name, severity: 'error', message: why });
      };
      for (const plugin of ordered) {
        try {
          const started = performance.now();
          const result = plugin.extract(document, context);
          const took = performance.now() - started;
          if (took > budget) {
            drop(plugin, `Unexpected plugin time of ${Math.round(took)} ms, expected at most ${budget} ms; its value was discarded`);
            continue;
          }
          outputs.set(plugin.name, result.value);
          data[plugin.key] = plainValue(result.value);
          forEachLocated(result.value, `/${plugin.key}`, (pointer, leaf) => {
            if (leaf.value === null) return;
            spans[pointer] = document.toOriginal(leaf.span);
            if (trace) trace[pointer] = leaf.notes ? { plugin: plugin.name, rule: leaf.rule, notes: leaf.notes } : { plugin: plugin.name, rule: leaf.rule };
          });
          for (const issue of result.issues ?? []) issues.push({ plugin: plugin.name, ...issue });
        } catch (error) {
          drop(plugin, `Plugin failed: ${message(error)}`);
        }
      }
      return assemble(document, data as unknown as RecordData & Record<string, unknown>, spans, issues, trace);
    },
  };
}
