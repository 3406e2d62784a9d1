import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseDryRun, type DryRunResult } from '../src/index.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/workspace/', import.meta.url));

/** Writes a fixture package's build (dist/ is not kept in fixtures, so each run writes it). */
function writeBuild(dir: string, files: Record<string, string>): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'dist', name), `${content}\n`);
}
const BUILD = { 'index.js': 'export const answer = 42;', 'index.d.ts': 'export declare const answer = 42;' };

let root: string;
let result: DryRunResult;
const problemsOf = (name: string): string[] => result.packages.find((p) => p.name === name)!.problems;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'imrkit-dry-run-'));
  cpSync(FIXTURE, root, { recursive: true });
  writeBuild(join(root, 'packages/good'), BUILD);
  writeBuild(join(root, 'packages/loose'), BUILD);
  writeBuild(join(root, 'packages/extensionless'), {
    'index.js': "export * from './answer.js';",
    'answer.js': 'export const answer = 42;',
    'index.d.ts': "export * from './answer';",
    'answer.d.ts': 'export declare const answer = 42;',
  });
  result = releaseDryRun(root, { toolsRoot: REPO });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('releaseDryRun', () => {
  it('packs every public package', () => {
    expect(result.packages.map((p) => p.name)).toEqual(['@imrkit/fixture-extensionless', '@imrkit/fixture-good', '@imrkit/fixture-loose']);
    expect(result.setup).toEqual([]);
  });

  it('passes a package with the right files, publint and attw clean', () => {
    expect(problemsOf('@imrkit/fixture-good')).toEqual([]);
    expect(result.packages[1]!.files).toEqual(['LICENSE', 'README.md', 'dist/index.d.ts', 'dist/index.js', 'package.json']);
  });

  it('reports a package without LICENSE or README, shipping sources, with exports publint rejects', () => {
    const problems = problemsOf('@imrkit/fixture-loose');
    expect(problems.slice(0, 4)).toEqual([
      'No LICENSE found in packages/loose; expected a copy of the root LICENSE',
      'Unexpected src/index.ts in the tarball, expected only dist/, data/ (when in files), README.md, LICENSE and package.json',
      'No README.md found in the tarball; expected it published',
      'No LICENSE found in the tarball; expected it published',
    ]);
    expect(problems[4]).toMatch(/^Unexpected publint report, expected none:\n[\s\S]*exports\["\."\]\.types should be the first/);
    expect(problems).toHaveLength(5);
  });

  it('reports types that ESM resolution cannot follow, through attw', () => {
    const problems = problemsOf('@imrkit/fixture-extensionless');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Unexpected attw report, expected none:\n[\s\S]*node16 \(from ESM\): Internal resolution error/);
  });
});
