import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlugins, type CheckResult } from '../src/index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/workspace/', import.meta.url));

/** A built plugin as the checks load it; `dist/` is not kept in the fixtures, so each test run writes it. */
function writeBuild(root: string, folder: string, plugin: { name: string; version: string; key: string }): void {
  mkdirSync(join(root, 'plugins', folder, 'dist'), { recursive: true });
  const source = `export default { ...${JSON.stringify(plugin)}, needs: [], extract() { return { value: null }; } };\n`;
  writeFileSync(join(root, 'plugins', folder, 'dist', 'index.js'), source);
}

let root: string;
let result: CheckResult;
const problemsOf = (plugin: string) => result.problems.filter((p) => p.plugin === plugin).map((p) => p.message);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'imrkit-check-plugins-'));
  cpSync(FIXTURE, root, { recursive: true });
  writeBuild(root, 'good', { name: 'good', version: '1.2.0', key: 'good' });
  writeBuild(root, 'incomplete', { name: 'other', version: '0.1.0', key: 'missing' });
  result = await checkPlugins(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkPlugins', () => {
  it('checks every folder under plugins/', () => {
    expect(result.plugins).toEqual(['good', 'incomplete']);
  });

  it('finds nothing wrong with a complete plugin', () => {
    expect(problemsOf('good')).toEqual([]);
  });

  it('reports every problem of an incomplete plugin, one clear message each', () => {
    expect(problemsOf('incomplete')).toEqual([
      'No "## When should I use this?" section found in README.md; expected the sections What is this? · When should I use this? · Install · Use · Rules · API',
      'No "## Install" section found in README.md; expected the sections What is this? · When should I use this? · Install · Use · Rules · API',
      'No "## Rules" section found in README.md; expected the sections What is this? · When should I use this? · Install · Use · Rules · API',
      'No "## API" section found in README.md; expected the sections What is this? · When should I use this? · Install · Use · Rules · API',
      'No cases/ folder found in the plugin; expected <name>.txt + <name>.json pairs',
      'Unexpected name "@imrkit/incomplete" in package.json, expected "@imrkit/plugin-incomplete"',
      'Unexpected "private": true in package.json, expected a publishable plugin',
      'No license found in package.json; expected e.g. "MIT"',
      'Unexpected type nothing in package.json, expected "module" (ESM only)',
      'Unexpected sideEffects nothing in package.json, expected false',
      'Unexpected exports {".":"./index.js"} in package.json, expected { ".": { "types": "./dist/….d.ts", "default": "./dist/….js" } }',
      'Unexpected types nothing in package.json, expected a ./dist/ declaration file',
      'No "data" found in package.json files; expected the data/ folder published with the code that reads it',
      'No engines.node found in package.json; expected e.g. ">=20"',
      'Unexpected @imrkit/core dependency "^0.1.0" in package.json, expected "workspace:^" in dependencies',
      'Unexpected range "^0.1.0" for @imrkit/core in dependencies, expected a workspace: range',
      'No @imrkit/plugin-incomplete found in packages/cli/data/plugins.json; expected every plugin registered with the CLI',
      'Unexpected range "^0.1.0" for @imrkit/plugin-incomplete in packages/cli/package.json, expected "workspace:^"',
      'No changeset found releasing @imrkit/plugin-incomplete (version 0.0.0); expected one in .changeset/ (pnpm changeset)',
      'Unexpected plugin name "other", expected "incomplete" (its folder)',
      'Unexpected plugin version "0.1.0", expected "0.0.0" (its package.json version)',
      'No "missing" found in the corpus goldens (corpus/dev, corpus/test); expected the plugin\'s key in some expected.json, so it is scored',
    ]);
  });
});

describe('checkPlugins on single faults', () => {
  const copies: string[] = [];
  /** A fresh copy of the fixture with only the complete plugin (a module once imported stays cached, so each test has its own). */
  function onlyGood(built: boolean): string {
    const copy = mkdtempSync(join(tmpdir(), 'imrkit-check-plugins-'));
    copies.push(copy);
    cpSync(FIXTURE, copy, { recursive: true });
    rmSync(join(copy, 'plugins', 'incomplete'), { recursive: true });
    if (built) writeBuild(copy, 'good', { name: 'good', version: '1.2.0', key: 'good' });
    return copy;
  }
  afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

  it('reports a plugin that is not built', async () => {
    expect((await checkPlugins(onlyGood(false))).problems).toEqual([
      { plugin: 'good', message: 'No build found at dist/index.js; expected the plugin built (pnpm build) before the check' },
    ]);
  });

  it('reports a lone case file and a missing README', async () => {
    const copy = onlyGood(true);
    rmSync(join(copy, 'plugins', 'good', 'cases', 'cue.json'));
    rmSync(join(copy, 'plugins', 'good', 'README.md'));
    expect((await checkPlugins(copy)).problems.map((p) => p.message)).toEqual([
      'No README.md found in plugins/good; expected one with the sections What is this? · When should I use this? · Install · Use · Rules · API',
      'No expectation found for case "cue"; expected cases/cue.json beside cue.txt',
    ]);
  });

  it('asks an unreleased plugin for a changeset that releases it', async () => {
    const copy = onlyGood(false);
    const pkgPath = join(copy, 'plugins', 'good', 'package.json');
    writeFileSync(pkgPath, JSON.stringify({ ...JSON.parse(readFileSync(pkgPath, 'utf8')), version: '0.0.0' }));
    writeBuild(copy, 'good', { name: 'good', version: '0.0.0', key: 'good' });
    expect((await checkPlugins(copy)).problems.map((p) => p.message)).toEqual([
      'No changeset found releasing @imrkit/plugin-good (version 0.0.0); expected one in .changeset/ (pnpm changeset)',
    ]);
    writeFileSync(join(copy, '.changeset', 'add-good.md'), "---\n'@imrkit/plugin-good': minor\n---\n\nAdd it.\n");
    expect((await checkPlugins(copy)).problems).toEqual([]);
  });
});
