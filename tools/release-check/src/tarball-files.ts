import { execFileSync } from 'node:child_process';

/** The files a tarball holds, relative to its `package/` folder. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
    .sort();
}

/** Reads one file of a tarball. */
export function tarballFile(tarball: string, path: string): string {
  return execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8' });
}

/**
 * A tarball holds only `dist/`, `data/` when the package declares it in `files`,
 * `README.md`, `LICENSE` and `package.json`, and each of those but `data/`.
 */
export function checkTarballFiles(files: readonly string[], declared: readonly string[] = []): string[] {
  const allowed = (file: string): boolean =>
    ['package.json', 'README.md', 'LICENSE'].includes(file) || file.startsWith('dist/') || (declared.includes('data') && file.startsWith('data/'));
  const problems = files.filter((file) => !allowed(file)).map((file) => `Unexpected ${file} in the tarball, expected only dist/, data/ (when in files), README.md, LICENSE and package.json`);
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`No ${required} found in the tarball; expected it published`);
  }
  if (!files.some((file) => file.startsWith('dist/'))) problems.push('No dist/ found in the tarball; expected the build published (run pnpm build first)');
  if (declared.includes('data') && !files.some((file) => file.startsWith('data/'))) problems.push('No data/ found in the tarball; expected the declared data files published');
  return problems;
}
