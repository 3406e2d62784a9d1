import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A package.json as far as the checks read it. */
export interface PackageJson {
  name?: unknown;
  version?: unknown;
  private?: unknown;
  license?: unknown;
  type?: unknown;
  sideEffects?: unknown;
  exports?: unknown;
  types?: unknown;
  files?: unknown;
  engines?: { node?: unknown };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** One folder under `plugins/`, read once for every check. */
export interface PluginFolder {
  /** The folder name, which is also the plugin's name. */
  name: string;
  dir: string;
  /** Null when package.json is missing or not JSON; `packageError` says which. */
  pkg: PackageJson | null;
  packageError?: string;
  readme: string | null;
  hasData: boolean;
}

export function readPluginFolder(pluginsDir: string, name: string): PluginFolder {
  const dir = join(pluginsDir, name);
  const readmePath = join(dir, 'README.md');
  const folder: PluginFolder = {
    name,
    dir,
    pkg: null,
    readme: existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : null,
    hasData: existsSync(join(dir, 'data')),
  };
  const pkgPath = join(dir, 'package.json');
  if (!existsSync(pkgPath)) folder.packageError = 'No package.json found in the plugin folder; expected a package';
  else {
    try {
      folder.pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as PackageJson;
    } catch (error) {
      folder.packageError = `Unexpected package.json content (${error instanceof Error ? error.message : String(error)}), expected JSON`;
    }
  }
  return folder;
}

/** The plugin folders of a workspace: every directory under `plugins/`, sorted. */
export function pluginFolderNames(pluginsDir: string): string[] {
  if (!existsSync(pluginsDir)) return [];
  return readdirSync(pluginsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
