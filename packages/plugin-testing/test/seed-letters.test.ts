import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSeedsDir, seedLetters } from '@imrkit/plugin-testing';

describe('seed letters', () => {
  const root = mkdtempSync(join(tmpdir(), 'imrkit-seeds-'));
  mkdirSync(join(root, 'shared/seeds/001_a'), { recursive: true });
  mkdirSync(join(root, 'repo/plugins/x'), { recursive: true });
  writeFileSync(join(root, 'shared/seeds/001_a/pdf-text.txt'), 'letter');
  writeFileSync(join(root, 'shared/seeds/001_a/expected.json'), '{"case":{"caseNumber":null}}');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds shared/seeds beside an ancestor of the working directory', () => {
    expect(findSeedsDir(join(root, 'repo/plugins/x'))).toBe(join(root, 'shared/seeds'));
    expect(findSeedsDir(tmpdir())).toBeNull();
  });

  it('reads each letter file with its golden', () => {
    expect(seedLetters(join(root, 'shared/seeds'))).toEqual([
      { name: '001_a', path: join(root, 'shared/seeds/001_a/pdf-text.txt'), expected: { case: { caseNumber: null } } },
    ]);
  });
});
