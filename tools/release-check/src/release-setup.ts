import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The root scripts of the release flow (see the root README, "Publishing"). */
export const RELEASE_SCRIPTS = ['changeset', 'version-packages', 'release', 'release:dry'] as const;

interface ChangesetConfig {
  fixed?: unknown[];
  linked?: unknown[];
  access?: string;
}

/** Changesets is set up for independent versions, and the root scripts of the flow exist. */
export function checkReleaseSetup(root: string): string[] {
  const problems: string[] = [];
  const configPath = join(root, '.changeset', 'config.json');
  if (!existsSync(configPath)) problems.push('No .changeset/config.json found; expected changesets set up (pnpm changeset init)');
  else {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as ChangesetConfig;
    if ((config.fixed ?? []).length > 0 || (config.linked ?? []).length > 0) {
      problems.push('Unexpected "fixed" or "linked" groups in .changeset/config.json, expected every package versioned independently');
    }
    if (config.access !== 'public') problems.push(`Unexpected access ${JSON.stringify(config.access)} in .changeset/config.json, expected "public" for scoped packages`);
  }
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  for (const script of RELEASE_SCRIPTS) {
    if (!scripts[script]) problems.push(`No "${script}" script found in the root package.json; expected the release flow's scripts ${RELEASE_SCRIPTS.join(', ')}`);
  }
  return problems;
}
