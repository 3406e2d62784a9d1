import { readDataFile, selectPlugins, type AnyPlugin } from '@imrkit/core';
import type { ScorerRegistry } from '@imrkit/corpus-runner';

interface Registry {
  plugins: string[];
}

interface PluginModule {
  default?: unknown;
  /** Scorers a plugin package ships for its record key, used over the runner's generic one. */
  scorers?: ScorerRegistry;
}

const isPlugin = (value: unknown): value is AnyPlugin =>
  typeof value === 'object' && value !== null && 'name' in value && 'key' in value && 'extract' in value;

/**
 * Loads the registered plugins (data/plugins.json), optionally only the named ones
 * and what they need, with the scorers their packages export.
 */
export async function loadRegistry(only?: readonly string[]): Promise<{ plugins: AnyPlugin[]; scorers: ScorerRegistry }> {
  const registry = readDataFile<Registry>(import.meta.url, '../data/plugins.json');
  const plugins: AnyPlugin[] = [];
  const scorers: ScorerRegistry = {};
  for (const name of registry.plugins) {
    const module = (await import(name)) as PluginModule;
    if (!isPlugin(module.default)) throw new Error(`Package "${name}" has no plugin as its default export; expected { name, key, extract }`);
    plugins.push(module.default);
    Object.assign(scorers, module.scorers ?? {});
  }
  return { plugins: only && only.length > 0 ? selectPlugins(plugins, only) : plugins, scorers };
}

/** The registered plugins, optionally only the named ones and what they need. */
export async function loadPlugins(only?: readonly string[]): Promise<AnyPlugin[]> {
  return (await loadRegistry(only)).plugins;
}
