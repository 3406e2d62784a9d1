import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginFolder } from './plugin-folder.js';
import type { WorkspaceFacts } from './workspace.js';

interface PluginObject {
  name: unknown;
  version: unknown;
  key: unknown;
}

const isPlugin = (value: unknown): value is PluginObject =>
  typeof value === 'object' && value !== null && 'name' in value && 'key' in value && 'extract' in value;

/** The built entry point the package exports (what the CLI imports). */
function entryPoint(folder: PluginFolder): string {
  const exportsField = folder.pkg?.exports as Record<string, Record<string, unknown>> | undefined;
  const target = exportsField?.['.']?.default ?? exportsField?.['.']?.import ?? './dist/index.js';
  return join(folder.dir, String(target));
}

/**
 * Loads the built plugin (its default export, as the CLI does) and checks its
 * name, its version against package.json, and that its key is in the corpus goldens.
 */
export async function checkPluginObject(folder: PluginFolder, workspace: WorkspaceFacts): Promise<string[]> {
  const entry = entryPoint(folder);
  if (!existsSync(entry)) return [`No build found at ${entry.slice(folder.dir.length + 1)}; expected the plugin built (pnpm build) before the check`];
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  } catch (error) {
    return [`Unexpected error loading the plugin (${error instanceof Error ? error.message : String(error)}), expected its build to import`];
  }
  const plugin = loaded.default;
  if (!isPlugin(plugin)) return ['No plugin found as the default export; expected { name, version, key, needs, extract }'];
  const problems: string[] = [];
  if (plugin.name !== folder.name) problems.push(`Unexpected plugin name ${JSON.stringify(plugin.name)}, expected "${folder.name}" (its folder)`);
  const version = folder.pkg?.version;
  if (plugin.version !== version) problems.push(`Unexpected plugin version ${JSON.stringify(plugin.version)}, expected ${JSON.stringify(version)} (its package.json version)`);
  const key = String(plugin.key);
  if (!workspace.goldenKeys.has(key)) {
    problems.push(`No "${key}" found in the corpus goldens (${workspace.corpusDirs.join(', ')}); expected the plugin's key in some expected.json, so it is scored`);
  }
  return problems;
}
