import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workspacePackages, type WorkspacePackage } from '../src/index.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** What `changeset version` reads and writes: the workspace's package.json files and the changesets config. */
function copyForVersioning(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imrkit-changeset-flow-'));
  const files = ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json', 'corpus/package.json', ...workspacePackages(REPO).map((p) => `${p.path}/package.json`)];
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(REPO, file), join(dir, file));
  }
  return dir;
}

const versions = (root: string): Map<string, string> => new Map(workspacePackages(root).map((p) => [p.pkg.name, p.pkg.version]));

/** Every workspace package that depends on `name`, directly or through another, by any dependency field. */
function dependentsOf(name: string, all: readonly WorkspacePackage[]): Set<string> {
  const found = new Set<string>();
  const visit = (target: string): void => {
    for (const p of all) {
      const ranges = { ...p.pkg.dependencies, ...p.pkg.devDependencies, ...p.pkg.peerDependencies };
      if (Object.hasOwn(ranges, target) && !found.has(p.pkg.name)) {
        found.add(p.pkg.name);
        visit(p.pkg.name);
      }
    }
  };
  visit(name);
  return found;
}

/** Versions before and after `changeset version` with one changeset, in a fresh copy. */
function versionWith(changeset: string): { dir: string; before: Map<string, string>; after: Map<string, string> } {
  const dir = copyForVersioning();
  const before = versions(dir);
  writeFileSync(join(dir, '.changeset', 'one-change.md'), changeset);
  const result = spawnSync(join(REPO, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: dir, encoding: 'utf8' });
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  return { dir, before, after: versions(dir) };
}

const changedNames = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...after].filter(([name, version]) => before.get(name) !== version).map(([name]) => name);

describe('the changeset flow', () => {
  const plugin = '@imrkit/plugin-dates';
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('releases a patched plugin alone: its dependents still accept it', () => {
    const { dir, before, after } = versionWith(`---\n'${plugin}': patch\n---\n\nRead two-digit years.\n`);
    dirs.push(dir);
    const [major, minor, patch] = before.get(plugin)!.split('.').map(Number);
    expect(after.get(plugin)).toBe(`${major}.${minor}.${patch! + 1}`);
    expect(changedNames(before, after)).toEqual([plugin]);
    expect(readFileSync(join(dir, 'plugins/dates/CHANGELOG.md'), 'utf8')).toContain('Read two-digit years.');
    const cli = JSON.parse(readFileSync(join(dir, 'packages/cli/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(cli.dependencies[plugin]).toBe('workspace:^');
  });

  it('bumps only packages that depend on a plugin whose release leaves their range', () => {
    const { dir, before, after } = versionWith(`---\n'${plugin}': minor\n---\n\nA new date.\n`);
    dirs.push(dir);
    const changed = changedNames(before, after);
    const dependents = dependentsOf(plugin, workspacePackages(dir));
    expect(changed).toContain(plugin);
    expect(changed).toContain('@imrkit/cli');
    expect(changed.filter((name) => name !== plugin && !dependents.has(name))).toEqual([]);
    expect(after.get('@imrkit/core')).toBe(before.get('@imrkit/core'));
    expect(after.get('@imrkit/plugin-case')).toBe(before.get('@imrkit/plugin-case'));
  });
});
