import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlugin, nextSteps, PluginNameError } from '../src/index.js';
import { minimalWorkspace } from './workspace-fixture.js';

let workspace: ReturnType<typeof minimalWorkspace>;
beforeEach(() => {
  workspace = minimalWorkspace();
});
afterEach(() => workspace.remove());

const read = (path: string): string => readFileSync(join(workspace.root, path), 'utf8');
const readJson = (path: string): Record<string, any> => JSON.parse(read(path));

describe('createPlugin', () => {
  it('writes the plugin package, its changeset and its registration', () => {
    const created = createPlugin({ root: workspace.root, name: 'probe' });
    expect(created.names).toMatchObject({ name: 'probe', key: 'probe', packageName: '@imrkit/plugin-probe', exportName: 'probePlugin' });
    expect(created.files).toEqual([
      '.changeset/add-plugin-probe.md',
      'packages/cli/data/plugins.json',
      'packages/cli/package.json',
      'plugins/probe/LICENSE',
      'plugins/probe/README.md',
      'plugins/probe/cases/starter.json',
      'plugins/probe/cases/starter.txt',
      'plugins/probe/data/cues.json',
      'plugins/probe/package.json',
      'plugins/probe/src/index.ts',
      'plugins/probe/test/cases.test.ts',
      'plugins/probe/test/seeds.test.ts',
      'plugins/probe/tsconfig.build.json',
      'plugins/probe/tsconfig.json',
    ]);
    for (const file of created.files) expect(existsSync(join(workspace.root, file)), file).toBe(true);
  });

  it('writes a complete, publishable package.json on the workspace tool versions', () => {
    createPlugin({ root: workspace.root, name: 'probe' });
    const pkg = readJson('plugins/probe/package.json');
    const root = readJson('package.json');
    expect(pkg).toMatchObject({
      name: '@imrkit/plugin-probe',
      version: '0.0.0',
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
      types: './dist/index.d.ts',
      engines: { node: '>=20' },
      dependencies: { '@imrkit/core': 'workspace:^' },
      devDependencies: {
        '@imrkit/plugin-testing': 'workspace:^',
        typescript: root.devDependencies.typescript,
        vitest: root.devDependencies.vitest,
        '@types/node': root.devDependencies['@types/node'],
      },
    });
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'data']));
    expect(pkg.private).toBeUndefined();
  });

  it('types the plugin for its key, merges the key into RecordData and reads its version from package.json', () => {
    createPlugin({ root: workspace.root, name: 'work-status' });
    const source = read('plugins/work-status/src/index.ts');
    expect(source).toContain("export const workStatusPlugin: Plugin<'workStatus'> = {");
    expect(source).toContain('interface RecordData {\n    workStatus: WorkStatus;');
    expect(source).toContain("readDataFile<{ version: string }>(import.meta.url, '../package.json')");
    expect(source).not.toMatch(/\{\{\w+\}\}/);
  });

  it('registers the package with the CLI, dependencies kept sorted', () => {
    createPlugin({ root: workspace.root, name: 'probe' });
    expect(readJson('packages/cli/data/plugins.json').plugins.at(-1)).toBe('@imrkit/plugin-probe');
    const dependencies = readJson('packages/cli/package.json').dependencies as Record<string, string>;
    expect(dependencies['@imrkit/plugin-probe']).toBe('workspace:^');
    expect(Object.keys(dependencies)).toEqual(Object.keys(dependencies).sort((a, b) => a.localeCompare(b)));
  });

  it('writes a changeset releasing the plugin and the CLI', () => {
    createPlugin({ root: workspace.root, name: 'probe' });
    expect(read('.changeset/add-plugin-probe.md')).toMatch(/^---\n'@imrkit\/plugin-probe': minor\n'@imrkit\/cli': minor\n---\n/);
  });

  it('uses --key for the record key', () => {
    const created = createPlugin({ root: workspace.root, name: 'probe', key: 'probeResult' });
    expect(created.names.key).toBe('probeResult');
    expect(read('plugins/probe/src/index.ts')).toContain("Plugin<'probeResult'>");
  });

  it('prints the next steps', () => {
    const steps = nextSteps(createPlugin({ root: workspace.root, name: 'probe' }));
    expect(steps).toContain('pnpm install');
    expect(steps).toContain('pnpm --filter @imrkit/plugin-probe test');
    expect(steps).toContain('docs/plugins.md');
  });
});

describe('createPlugin refuses', () => {
  it.each([
    ['', /No plugin name given/],
    ['Probe', /Unexpected plugin name "Probe", expected lower-case/],
    ['probe--x', /expected lower-case letters and digits/],
    ['-probe', /expected lower-case letters and digits/],
    ['2probe', /expected lower-case letters and digits/],
    ['core', /expected a name other than/],
    ['a'.repeat(41), /expected at most 40/],
  ])('the invalid name %j', (name, message) => {
    expect(() => createPlugin({ root: workspace.root, name })).toThrow(message);
  });

  it('an existing plugin folder', () => {
    expect(() => createPlugin({ root: workspace.root, name: 'case' })).toThrow('Unexpected plugin name "case": plugins/case exists, expected a new name');
  });

  it('a package the CLI already registers', () => {
    const registry = join(workspace.root, 'packages/cli/data/plugins.json');
    writeFileSync(registry, JSON.stringify({ plugins: ['@imrkit/plugin-probe'] }));
    expect(() => createPlugin({ root: workspace.root, name: 'probe' })).toThrow(
      'Unexpected plugin name "probe": @imrkit/plugin-probe is already registered with the CLI, expected a new name',
    );
  });

  it('a key the core already has, or another plugin fills', () => {
    expect(() => createPlugin({ root: workspace.root, name: 'dates-two', key: 'dates' })).toThrow(/record key "dates": the core's own plugins fill it/);
    createPlugin({ root: workspace.root, name: 'probe' });
    expect(() => createPlugin({ root: workspace.root, name: 'other', key: 'probe' })).toThrow('Unexpected record key "probe": plugins/probe fills it');
  });

  it('an invalid key', () => {
    expect(() => createPlugin({ root: workspace.root, name: 'probe', key: 'work-status' })).toThrow(PluginNameError);
  });

  it('without writing anything', () => {
    const before = read('packages/cli/data/plugins.json');
    expect(() => createPlugin({ root: workspace.root, name: 'case' })).toThrow(PluginNameError);
    expect(read('packages/cli/data/plugins.json')).toBe(before);
    expect(existsSync(join(workspace.root, '.changeset', 'add-plugin-case.md'))).toBe(false);
  });
});
