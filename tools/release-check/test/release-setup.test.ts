import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkReleaseSetup } from '../src/index.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The root package.json and changesets config of the repository, in a temporary folder. */
function setupCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imrkit-release-setup-'));
  copies.push(dir);
  cpSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  cpSync(join(REPO, '.changeset', 'config.json'), join(dir, '.changeset', 'config.json'));
  return dir;
}

describe('checkReleaseSetup', () => {
  it('finds the repository set up for independent releases', () => {
    expect(checkReleaseSetup(REPO)).toEqual([]);
  });

  it('reports fixed versions and a missing script', () => {
    const dir = setupCopy();
    writeFileSync(join(dir, '.changeset', 'config.json'), JSON.stringify({ access: 'public', fixed: [['@imrkit/*']] }));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { changeset: 'changeset', 'version-packages': 'changeset version', release: 'x' } }));
    expect(checkReleaseSetup(dir)).toEqual([
      'Unexpected "fixed" or "linked" groups in .changeset/config.json, expected every package versioned independently',
      'No "release:dry" script found in the root package.json; expected the release flow\'s scripts changeset, version-packages, release, release:dry',
    ]);
  });

  it('reports a workspace without changesets', () => {
    const dir = setupCopy();
    rmSync(join(dir, '.changeset'), { recursive: true });
    expect(checkReleaseSetup(dir)).toEqual(['No .changeset/config.json found; expected changesets set up (pnpm changeset init)']);
  });
});
