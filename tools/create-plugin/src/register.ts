import { readFileSync, writeFileSync } from 'node:fs';
import { formatJson } from './package-json.js';
import type { Workspace } from './workspace.js';

interface Registry {
  plugins: string[];
}

interface CliPackageJson {
  dependencies?: Record<string, string>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Whether the CLI already knows a package, in its registry or its dependencies. */
export function isRegistered(workspace: Workspace, packageName: string): boolean {
  const registry = readJson<Registry>(workspace.registry);
  const cli = readJson<CliPackageJson>(workspace.cliPackageJson);
  return registry.plugins.includes(packageName) || Object.hasOwn(cli.dependencies ?? {}, packageName);
}

/**
 * Registers a plugin package with the CLI: appended to `data/plugins.json` (so
 * `imrkit extract` and `imrkit score` load it) and a `workspace:^` dependency of
 * the CLI (so the import resolves, and the CLI is released with it).
 */
export function registerWithCli(workspace: Workspace, packageName: string): void {
  const registry = readJson<Registry>(workspace.registry);
  if (!registry.plugins.includes(packageName)) registry.plugins.push(packageName);
  writeFileSync(workspace.registry, formatJson(registry));

  const cli = readJson<CliPackageJson & Record<string, unknown>>(workspace.cliPackageJson);
  const dependencies = { ...(cli.dependencies ?? {}), [packageName]: 'workspace:^' };
  cli.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(workspace.cliPackageJson, formatJson(cli));
}
