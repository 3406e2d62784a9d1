import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';

/** pnpm itself: the running one under `pnpm <script>` (CI runs pnpm through npx), else the one on PATH. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && basename(execPath).startsWith('pnpm')) return [process.execPath, [execPath]];
  return ['pnpm', []];
}

/**
 * `pnpm pack`s a package into `destination` and returns the tarball's path. pnpm
 * (unlike npm) replaces `workspace:` ranges with the versions being released.
 */
export function pack(dir: string, destination: string): string {
  const [command, prefix] = pnpmCommand();
  let output: string;
  try {
    output = execFileSync(command, [...prefix, 'pack', '--pack-destination', destination], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`pnpm pack exited with ${failed.status ?? 'a signal'} in ${dir}: ${`${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim()}`);
  }
  const tarball = output.trim().split('\n').filter((line) => line.endsWith('.tgz')).at(-1);
  if (!tarball) throw new Error(`No tarball path found in the output of pnpm pack in ${dir}; expected a line ending in .tgz`);
  return tarball.trim();
}
