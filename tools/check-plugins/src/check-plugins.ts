import { checkCases } from './check-cases.js';
import { checkPackageJson } from './check-package-json.js';
import { checkPluginObject } from './check-plugin-object.js';
import { checkChangeset, checkRegistration } from './check-registration.js';
import { checkReadme } from './check-readme.js';
import { pluginFolderNames, readPluginFolder } from './plugin-folder.js';
import { readWorkspace, type WorkspaceFacts } from './workspace.js';

/** One thing wrong with one plugin. */
export interface Problem {
  plugin: string;
  message: string;
}

export interface CheckResult {
  /** The plugin folders checked. */
  plugins: string[];
  problems: Problem[];
}

async function checkOne(name: string, workspace: WorkspaceFacts): Promise<string[]> {
  const folder = readPluginFolder(workspace.pluginsDir, name);
  const packageName = `@imrkit/plugin-${name}`;
  return [
    ...checkReadme(folder),
    ...checkCases(folder),
    ...checkPackageJson(folder),
    ...checkRegistration(packageName, workspace),
    ...checkChangeset(packageName, folder.pkg?.version, workspace),
    ...(folder.pkg ? await checkPluginObject(folder, workspace) : []),
  ];
}

/**
 * Checks every folder under `plugins/` of the workspace at `root`, like ESLint's
 * rule-file check: README outline, cases, package.json, registration with the
 * CLI, a changeset when unreleased, the built plugin's name and version, corpus coverage.
 */
export async function checkPlugins(root: string, corpusDirs?: readonly string[]): Promise<CheckResult> {
  const workspace = readWorkspace(root, corpusDirs);
  const plugins = pluginFolderNames(workspace.pluginsDir);
  const problems: Problem[] = [];
  for (const plugin of plugins) {
    for (const message of await checkOne(plugin, workspace)) problems.push({ plugin, message });
  }
  return { plugins, problems };
}
