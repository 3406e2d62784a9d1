import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface LintResult {
  ok: boolean;
  /** The linter's own report, for the user to read when it fails. */
  output: string;
}

function runBin(root: string, bin: string, args: string[]): LintResult {
  const result = spawnSync(join(root, 'node_modules', '.bin', bin), args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (result.error) return { ok: false, output: `${bin} did not run: ${result.error.message}` };
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** publint on the tarball, warnings counted as errors: what users install is what is linted. */
export const publint = (root: string, tarball: string): LintResult => runBin(root, 'publint', ['run', tarball, '--strict']);

/**
 * Are the Types Wrong on the tarball, ESM-only profile: the packages are ESM
 * only, so CommonJS resolutions are out of scope; every ESM and bundler resolution must be typed.
 */
export const attw = (root: string, tarball: string): LintResult =>
  runBin(root, 'attw', [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color']);
