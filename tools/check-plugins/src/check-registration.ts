import type { WorkspaceFacts } from './workspace.js';

/** Registered in the CLI's plugin list and a `workspace:^` dependency of the CLI, so `imrkit` loads it. */
export function checkRegistration(packageName: string, workspace: WorkspaceFacts): string[] {
  const problems: string[] = [];
  if (!workspace.registered.includes(packageName)) {
    problems.push(`No ${packageName} found in packages/cli/data/plugins.json; expected every plugin registered with the CLI`);
  }
  const range = workspace.cliDependencies[packageName];
  if (range !== 'workspace:^') {
    problems.push(
      range === undefined
        ? `No ${packageName} found in packages/cli/package.json dependencies; expected "workspace:^"`
        : `Unexpected range "${range}" for ${packageName} in packages/cli/package.json, expected "workspace:^"`,
    );
  }
  return problems;
}

/** A plugin never released (version 0.0.0) needs a pending changeset that releases it. */
export function checkChangeset(packageName: string, version: unknown, workspace: WorkspaceFacts): string[] {
  if (version !== '0.0.0') return [];
  const named = new RegExp(`^['"]?${packageName.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]?\\s*:`, 'm');
  if (workspace.changesets.some((text) => named.test(text))) return [];
  return [`No changeset found releasing ${packageName} (version 0.0.0); expected one in .changeset/ (pnpm changeset)`];
}
