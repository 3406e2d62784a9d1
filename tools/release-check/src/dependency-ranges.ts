import type { PackageJson, WorkspacePackage } from './public-packages.js';

const FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/**
 * Internal dependencies use `workspace:` ranges, so a release always pins the
 * version being released; and a public package never depends on a private one
 * (it would not install from the registry).
 */
export function checkDependencyRanges(pkg: WorkspacePackage, all: readonly WorkspacePackage[]): string[] {
  const byName = new Map(all.map((p) => [p.pkg.name, p]));
  const problems: string[] = [];
  for (const field of FIELDS) {
    for (const [name, range] of Object.entries(pkg.pkg[field] ?? {})) {
      const internal = byName.get(name);
      if (!internal) continue;
      if (!range.startsWith('workspace:')) problems.push(`Unexpected range "${range}" for ${name} in ${field}, expected a workspace: range`);
      if (field !== 'devDependencies' && pkg.pkg.private !== true && internal.pkg.private === true) {
        problems.push(`Unexpected ${field} on private package ${name}, expected public packages to depend only on public ones`);
      }
    }
  }
  return problems;
}

/** A packed package.json has every `workspace:` range replaced by a real version. */
export function checkPackedRanges(packed: PackageJson): string[] {
  return FIELDS.flatMap((field) =>
    Object.entries(packed[field] ?? {})
      .filter(([, range]) => range.startsWith('workspace:'))
      .map(([name, range]) => `Unexpected range "${range}" for ${name} in the packed ${field}, expected pnpm pack to replace it with a version`),
  );
}
