import { describe, expect, it } from 'vitest';
import { checkDependencyRanges, checkPackedRanges, checkTarballFiles, type WorkspacePackage } from '../src/index.js';

const workspacePackage = (name: string, extra: Partial<WorkspacePackage['pkg']> = {}): WorkspacePackage => ({
  dir: `/repo/${name}`,
  path: `plugins/${name}`,
  pkg: { name: `@imrkit/${name}`, version: '1.0.0', ...extra },
});

describe('checkTarballFiles', () => {
  const published = ['LICENSE', 'README.md', 'data/cues.json', 'dist/index.d.ts', 'dist/index.js', 'package.json'];

  it('accepts dist/, declared data/, README.md, LICENSE and package.json', () => {
    expect(checkTarballFiles(published, ['dist', 'data', 'README.md', 'LICENSE'])).toEqual([]);
  });

  it('rejects data/ the package does not declare, sources and tests', () => {
    expect(checkTarballFiles([...published, 'src/index.ts', 'test/a.test.ts'], ['dist'])).toEqual([
      'Unexpected data/cues.json in the tarball, expected only dist/, data/ (when in files), README.md, LICENSE and package.json',
      'Unexpected src/index.ts in the tarball, expected only dist/, data/ (when in files), README.md, LICENSE and package.json',
      'Unexpected test/a.test.ts in the tarball, expected only dist/, data/ (when in files), README.md, LICENSE and package.json',
    ]);
  });

  it('asks for the LICENSE, the README, the build and declared data', () => {
    expect(checkTarballFiles(['package.json'], ['dist', 'data'])).toEqual([
      'No README.md found in the tarball; expected it published',
      'No LICENSE found in the tarball; expected it published',
      'No dist/ found in the tarball; expected the build published (run pnpm build first)',
      'No data/ found in the tarball; expected the declared data files published',
    ]);
  });
});

describe('checkDependencyRanges', () => {
  const core = workspacePackage('core');
  const tool = workspacePackage('tool', { private: true });

  it('accepts workspace: ranges on public packages and external ranges', () => {
    const plugin = workspacePackage('plugin', { dependencies: { '@imrkit/core': 'workspace:^', tinypool: '^2.2.0' }, devDependencies: { '@imrkit/tool': 'workspace:^' } });
    expect(checkDependencyRanges(plugin, [core, tool, plugin])).toEqual([]);
  });

  it('rejects a version range on a workspace package, and a public package depending on a private one', () => {
    const plugin = workspacePackage('plugin', { dependencies: { '@imrkit/core': '^1.0.0', '@imrkit/tool': 'workspace:^' } });
    expect(checkDependencyRanges(plugin, [core, tool, plugin])).toEqual([
      'Unexpected range "^1.0.0" for @imrkit/core in dependencies, expected a workspace: range',
      'Unexpected dependencies on private package @imrkit/tool, expected public packages to depend only on public ones',
    ]);
  });
});

describe('checkPackedRanges', () => {
  it('rejects a workspace: range left in a packed package.json', () => {
    expect(checkPackedRanges({ name: 'x', version: '1.0.0', dependencies: { '@imrkit/core': 'workspace:^', '@imrkit/pdf': '^0.1.0' } })).toEqual([
      'Unexpected range "workspace:^" for @imrkit/core in the packed dependencies, expected pnpm pack to replace it with a version',
    ]);
  });
});
