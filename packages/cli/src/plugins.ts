import { readDataFile, selectPlugins, type AnyPlugin } from '@imrkit/core';

interface Registry {
  plugins: string[];
}

const isPlugin = (value: unknown): value is AnyPlugin =>
  typeof value === 'object' && value !== null && 'name' in value && 'key' in value && 'extract' in value;

/** Loads the registered plugins (data/plugins.json), optionally only the named ones and what they need. */
export async function loadPlugins(only?: readonly string[]): Promise<AnyPlugin[]> {
  const registry = readDataFile<Registry>(import.meta.url, '../data/plugins.json');
  const plugins: AnyPlugin[] = [];
  for (const name of registry.plugins) {
    const module = (await import(name)) as { default?: unknown };
    if (!isPlugin(module.default)) throw new Error(`Package "${name}" has no plugin as its default export; expected { name, key, extract }`);
    plugins.push(module.default);
  }
  return only && only.length > 0 ? selectPlugins(plugins, only) : plugins;
}
