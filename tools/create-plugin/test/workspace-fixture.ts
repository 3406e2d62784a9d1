import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real repository, whose files the fixture copies. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** What the scaffolder reads and writes, copied from the real repository. */
const FILES = [
  'package.json',
  'pnpm-workspace.yaml',
  'tsconfig.base.json',
  'LICENSE',
  '.changeset/config.json',
  'packages/cli/package.json',
  'packages/cli/data/plugins.json',
  'plugins/case/src/index.ts',
];

/** A temporary copy of the workspace's skeleton; `remove()` deletes it. */
export function minimalWorkspace(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'imrkit-create-plugin-'));
  for (const file of FILES) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(REPO, file), join(root, file));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
