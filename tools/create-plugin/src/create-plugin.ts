import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RECORD_KEYS } from '@imrkit/core';
import { pluginNames, PluginNameError, type PluginNames } from './names.js';
import { formatJson, pluginPackageJson } from './package-json.js';
import { isRegistered, registerWithCli } from './register.js';
import { renderChangeset, renderPluginFiles, templateValues } from './templates.js';
import { existingKeys, toolVersions, workspaceAt } from './workspace.js';

export interface CreatePluginOptions {
  /** The workspace root (holding `pnpm-workspace.yaml`). */
  root: string;
  name: string;
  /** The record key it fills; default: the name in camelCase. */
  key?: string;
}

export interface CreatedPlugin {
  names: PluginNames;
  /** The plugin's folder. */
  dir: string;
  /** Every file written or changed, relative to the root. */
  files: string[];
}

/** Refuses a plugin whose folder, package, or record key is taken. */
function checkFree(options: CreatePluginOptions, names: PluginNames): void {
  const workspace = workspaceAt(options.root);
  if (existsSync(join(workspace.pluginsDir, names.name))) {
    throw new PluginNameError(`Unexpected plugin name "${names.name}": plugins/${names.name} exists, expected a new name`);
  }
  if (isRegistered(workspace, names.packageName)) {
    throw new PluginNameError(`Unexpected plugin name "${names.name}": ${names.packageName} is already registered with the CLI, expected a new name`);
  }
  if ((RECORD_KEYS as readonly string[]).includes(names.key)) {
    throw new PluginNameError(`Unexpected record key "${names.key}": the core's own plugins fill it, expected a new key (choose one with --key)`);
  }
  const owner = existingKeys(workspace).get(names.key);
  if (owner) throw new PluginNameError(`Unexpected record key "${names.key}": plugins/${owner} fills it, expected a new key (choose one with --key)`);
}

/**
 * Scaffolds `plugins/<name>/` (package, typed plugin stub, lexicon, README, a
 * failing starter case, tests), writes its changeset and registers it with the CLI.
 * Throws {@link PluginNameError} before writing anything when the name is invalid or taken.
 */
export function createPlugin(options: CreatePluginOptions): CreatedPlugin {
  const names = pluginNames(options.name, options.key);
  checkFree(options, names);
  const workspace = workspaceAt(options.root);
  const dir = join(workspace.pluginsDir, names.name);
  const values = templateValues(names);
  const files = new Map(renderPluginFiles(values));
  files.set('package.json', formatJson(pluginPackageJson(names, toolVersions(workspace))));

  const written: string[] = [];
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
    written.push(`plugins/${names.name}/${path}`);
  }
  if (existsSync(workspace.license)) {
    copyFileSync(workspace.license, join(dir, 'LICENSE'));
    written.push(`plugins/${names.name}/LICENSE`);
  }
  mkdirSync(workspace.changesetDir, { recursive: true });
  writeFileSync(join(workspace.changesetDir, `add-plugin-${names.name}.md`), renderChangeset(values));
  written.push(`.changeset/add-plugin-${names.name}.md`);
  registerWithCli(workspace, names.packageName);
  written.push('packages/cli/data/plugins.json', 'packages/cli/package.json');
  return { names, dir, files: written.sort() };
}
