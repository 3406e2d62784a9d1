import type { ImrDocument } from './document.js';
import type { Locatable } from './located.js';
import type { RecordData, RecordKey, Severity } from './record.js';

/** A problem a plugin reports; the core adds the plugin's name. */
export interface PluginIssue {
  severity: Severity;
  message: string;
}

/** What a plugin returns: its record key's value, scalars located where read. */
export interface PluginResult<K extends RecordKey = RecordKey> {
  value: Locatable<RecordData[K]>;
  issues?: PluginIssue[];
}

/** What the core hands a plugin besides the document. */
export interface PluginContext {
  /** The output of a plugin named in `needs`, provenance stripped. */
  get<T = unknown>(plugin: string): T;
  /** The same output with its {@link Located} values, for spans of values read by another plugin. */
  getLocated<T = unknown>(plugin: string): Locatable<T>;
  /** Options given to the extractor, for plugins that take any. */
  options: Readonly<Record<string, unknown>>;
}

/**
 * An extraction plugin: fills one record key from a document.
 *
 * @example
 *   export const casePlugin: Plugin<'case'> = {
 *     name: 'case', version: '1.0.0', key: 'case', needs: [],
 *     extract(document) { return { value: { caseNumber: null } }; },
 *   };
 */
export interface Plugin<K extends RecordKey = RecordKey> {
  name: string;
  version: string;
  /** The record key this plugin fills. */
  key: K;
  /** Names of plugins whose output this one reads; they run first. */
  needs: readonly string[];
  extract(document: ImrDocument, context: PluginContext): PluginResult<K>;
}

/** A plugin of any key, as held in a list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPlugin = Plugin<any>;
