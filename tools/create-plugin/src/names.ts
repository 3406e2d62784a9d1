/** The names a new plugin is known by, all derived from the one the author types. */
export interface PluginNames {
  /** Folder under `plugins/` and the plugin's `name`, e.g. `work-status`. */
  name: string;
  /** The record key it fills, e.g. `workStatus`. */
  key: string;
  /** `@imrkit/plugin-work-status`. */
  packageName: string;
  /** The exported plugin object, e.g. `workStatusPlugin`. */
  exportName: string;
  /** The value type merged into `RecordData`, e.g. `WorkStatus`. */
  typeName: string;
  /** For prose and cues, e.g. `Work status`. */
  title: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const KEY = /^[a-z][a-zA-Z0-9]*$/;
const MAX_LENGTH = 40;
/** Names that would collide with the workspace's own packages or read as something else. */
const RESERVED = new Set(['core', 'cli', 'testing', 'plugin', 'plugins', 'corpus', 'runner']);

export class PluginNameError extends Error {
  override name = 'PluginNameError';
}

const camel = (name: string): string => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Checks a plugin name, throwing a message that says what is expected. */
export function checkName(name: string): void {
  if (name.length === 0) throw new PluginNameError('No plugin name given; expected e.g. `pnpm create-plugin claimant`');
  if (!NAME.test(name)) {
    throw new PluginNameError(`Unexpected plugin name "${name}", expected lower-case letters and digits, words joined by single dashes, starting with a letter (e.g. work-status)`);
  }
  if (name.length > MAX_LENGTH) throw new PluginNameError(`Unexpected plugin name "${name}" (${name.length} characters), expected at most ${MAX_LENGTH}`);
  if (RESERVED.has(name)) throw new PluginNameError(`Unexpected plugin name "${name}", expected a name other than ${[...RESERVED].join(', ')}`);
}

/** Checks a record key: a camelCase identifier, so it reads well in code and in JSON Pointers. */
export function checkKey(key: string): void {
  if (!KEY.test(key)) throw new PluginNameError(`Unexpected record key "${key}", expected a camelCase identifier (e.g. workStatus)`);
}

/** Every name of a plugin called `name`; its key is `key` if given, else the name in camelCase. */
export function pluginNames(name: string, key?: string): PluginNames {
  checkName(name);
  const recordKey = key ?? camel(name);
  checkKey(recordKey);
  const exportName = `${camel(name)}Plugin`;
  const words = name.split('-').join(' ');
  return {
    name,
    key: recordKey,
    packageName: `@imrkit/plugin-${name}`,
    exportName,
    typeName: camel(name).replace(/^./, (c) => c.toUpperCase()),
    title: words.replace(/^./, (c) => c.toUpperCase()),
  };
}
