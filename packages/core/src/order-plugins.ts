import type { AnyPlugin } from './plugin.js';

export class PluginRegistrationError extends Error {
  override name = 'PluginRegistrationError';
}

/**
 * Orders plugins so that each runs after the plugins it needs. Unknown needs,
 * cycles, and two plugins with one name or one record key are registration errors.
 */
export function orderPlugins(plugins: readonly AnyPlugin[]): AnyPlugin[] {
  const byName = new Map<string, AnyPlugin>();
  const keys = new Map<string, string>();
  for (const plugin of plugins) {
    if (byName.has(plugin.name)) throw new PluginRegistrationError(`Duplicate plugin "${plugin.name}"; expected unique names`);
    const owner = keys.get(plugin.key);
    if (owner) throw new PluginRegistrationError(`Plugins "${owner}" and "${plugin.name}" both fill "${plugin.key}"; expected one plugin per record key`);
    byName.set(plugin.name, plugin);
    keys.set(plugin.key, plugin.name);
  }
  const ordered: AnyPlugin[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (plugin: AnyPlugin, path: string[]): void => {
    const seen = state.get(plugin.name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new PluginRegistrationError(`Plugin needs form a cycle: ${[...path, plugin.name].join(' -> ')}`);
    state.set(plugin.name, 'visiting');
    for (const need of plugin.needs) {
      const needed = byName.get(need);
      if (!needed) throw new PluginRegistrationError(`Plugin "${plugin.name}" needs unknown plugin "${need}"; expected one of: ${[...byName.keys()].join(', ')}`);
      visit(needed, [...path, plugin.name]);
    }
    state.set(plugin.name, 'done');
    ordered.push(plugin);
  };
  for (const plugin of plugins) visit(plugin, []);
  return ordered;
}

/** The named plugins plus everything they need, transitively. */
export function selectPlugins(plugins: readonly AnyPlugin[], names: readonly string[]): AnyPlugin[] {
  const byName = new Map(plugins.map((p) => [p.name, p]));
  const chosen = new Set<string>();
  const add = (name: string): void => {
    const plugin = byName.get(name);
    if (!plugin) throw new PluginRegistrationError(`Unknown plugin "${name}"; expected one of: ${[...byName.keys()].join(', ')}`);
    if (chosen.has(name)) return;
    chosen.add(name);
    plugin.needs.forEach(add);
  };
  names.forEach(add);
  return plugins.filter((p) => chosen.has(p.name));
}
