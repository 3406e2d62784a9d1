import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlugin } from '../src/index.js';
import { minimalWorkspace, REPO } from './workspace-fixture.js';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

/** What `pnpm install` would link into the new plugin: the real workspace packages and tools. */
const LINKS: Record<string, string> = {
  '@imrkit/core': join(REPO, 'packages/core'),
  '@imrkit/plugin-testing': join(REPO, 'packages/plugin-testing'),
  '@types/node': packageDir('@types/node'),
  typescript: packageDir('typescript'),
  vitest: packageDir('vitest'),
};

let workspace: ReturnType<typeof minimalWorkspace>;
let dir: string;

function run(command: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.IMRKIT_SEEDS;
  delete env.VITEST;
  const result = spawnSync(process.execPath, [command, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const vitest = () => run(join(LINKS.vitest!, 'vitest.mjs'), ['run', '--reporter=verbose']);

beforeAll(() => {
  workspace = minimalWorkspace();
  dir = createPlugin({ root: workspace.root, name: 'probe' }).dir;
  for (const [name, target] of Object.entries(LINKS)) {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(realpathSync(target), join(dir, 'node_modules', name), 'dir');
  }
});
afterAll(() => workspace.remove());

describe('a scaffolded plugin', () => {
  it('typechecks, its RecordData key included', () => {
    const { status, output } = run(join(LINKS.typescript!, 'bin/tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('fails its starter case in every layout, on the value the stub does not read yet', () => {
    const { status, output } = vitest();
    expect(status).toBe(1);
    expect(output).toMatch(/Tests +4 failed/);
    for (const variant of ['plain', 'pdf-text', 'markdown', 'html']) expect(output).toContain(`FAIL  test/cases.test.ts > probe cases > starter > ${variant}:`);
    expect(output).toContain('-   "text": "Example value",');
    expect(output).toContain('+   "text": null,');
  });

  it('passes it in every layout once its lexicon lists the cue', () => {
    const cues = join(dir, 'data/cues.json');
    const data = JSON.parse(readFileSync(cues, 'utf8')) as { cues: string[] };
    writeFileSync(cues, JSON.stringify({ ...data, cues: [...data.cues, 'Probe Name:'] }));
    const { status, output } = vitest();
    expect(output).toMatch(/Tests +4 passed/);
    expect(status).toBe(0);
  });
});
