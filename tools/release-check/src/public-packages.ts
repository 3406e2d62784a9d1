import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders pnpm-workspace.yaml lists, as this workspace writes them (`dir/*`). */
export const PACKAGE_PARENTS = ['packages', 'plugins', 'tools'];

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  dir: string;
  /** The folder relative to the root, e.g. `plugins/case`. */
  path: string;
  pkg: PackageJson;
}

/** Every workspace package, private ones included, by path. */
export function workspacePackages(root: string): WorkspacePackage[] {
  return PACKAGE_PARENTS.flatMap((parent) => {
    const parentDir = join(root, parent);
    if (!existsSync(parentDir)) return [];
    return readdirSync(parentDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(parentDir, entry.name, 'package.json')))
      .map((entry) => ({
        dir: join(parentDir, entry.name),
        path: `${parent}/${entry.name}`,
        pkg: JSON.parse(readFileSync(join(parentDir, entry.name, 'package.json'), 'utf8')) as PackageJson,
      }));
  }).sort((a, b) => a.path.localeCompare(b.path));
}

/** The packages `changeset publish` would publish: the non-private ones. */
export const publicPackages = (root: string): WorkspacePackage[] => workspacePackages(root).filter((p) => p.pkg.private !== true);
