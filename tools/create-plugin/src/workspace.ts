import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ToolVersions } from './package-json.js';

/** The paths inside a workspace the scaffolder reads and writes. */
export interface Workspace {
  root: string;
  pluginsDir: string;
  cliPackageJson: string;
  registry: string;
  changesetDir: string;
  license: string;
}

export function workspaceAt(root: string): Workspace {
  return {
    root,
    pluginsDir: join(root, 'plugins'),
    cliPackageJson: join(root, 'packages', 'cli', 'package.json'),
    registry: join(root, 'packages', 'cli', 'data', 'plugins.json'),
    changesetDir: join(root, '.changeset'),
    license: join(root, 'LICENSE'),
  };
}

/** The nearest folder at or above `from` holding `pnpm-workspace.yaml`. */
export function findWorkspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No pnpm-workspace.yaml found in ${from} or above; expected to run inside the IMRKit workspace`);
  }
}

/** The root package.json's versions of the tools every plugin uses. */
export function toolVersions(workspace: Workspace): ToolVersions {
  const root = JSON.parse(readFileSync(join(workspace.root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const dev = root.devDependencies ?? {};
  const version = (name: keyof ToolVersions): string => {
    const found = dev[name];
    if (!found) throw new Error(`No ${name} in the root package.json's devDependencies; expected the workspace's version of it`);
    return found;
  };
  return { typescript: version('typescript'), vitest: version('vitest'), '@types/node': version('@types/node') };
}

/** Record keys the existing plugins fill, read from their sources (`key: 'dates'`). */
export function existingKeys(workspace: Workspace): Map<string, string> {
  const keys = new Map<string, string>();
  if (!existsSync(workspace.pluginsDir)) return keys;
  for (const name of readdirSync(workspace.pluginsDir).sort()) {
    const index = join(workspace.pluginsDir, name, 'src', 'index.ts');
    if (!existsSync(index)) continue;
    for (const match of readFileSync(index, 'utf8').matchAll(/^\s*key:\s*'([^']+)'/gm)) keys.set(match[1]!, name);
  }
  return keys;
}
