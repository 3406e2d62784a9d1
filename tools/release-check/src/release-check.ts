import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDependencyRanges, checkPackedRanges } from './dependency-ranges.js';
import { attw, publint } from './linters.js';
import { pack } from './pack.js';
import { publicPackages, workspacePackages, type PackageJson, type WorkspacePackage } from './public-packages.js';
import { checkReleaseSetup } from './release-setup.js';
import { checkTarballFiles, tarballFile, tarballFiles } from './tarball-files.js';

export interface PackageReport {
  name: string;
  version: string;
  path: string;
  /** Files in its tarball. */
  files: string[];
  problems: string[];
}

export interface DryRunResult {
  /** Problems with the release setup itself. */
  setup: string[];
  packages: PackageReport[];
}

export interface DryRunOptions {
  /** Only these package folders (e.g. `plugins/case`); default: every public package. */
  only?: readonly string[];
  onPackage?: (report: PackageReport) => void;
  /** The folder whose node_modules/.bin holds publint and attw; default: the workspace root. */
  toolsRoot?: string;
}

/** Packs one package and checks the tarball: files, packed ranges, publint, attw. */
function checkPackage(toolsRoot: string, target: WorkspacePackage, all: readonly WorkspacePackage[], destination: string): PackageReport {
  const report: PackageReport = { name: target.pkg.name, version: target.pkg.version, path: target.path, files: [], problems: checkDependencyRanges(target, all) };
  if (!existsSync(join(target.dir, 'LICENSE'))) report.problems.push(`No LICENSE found in ${target.path}; expected a copy of the root LICENSE`);
  let tarball: string;
  try {
    tarball = pack(target.dir, destination);
  } catch (error) {
    report.problems.push(`No tarball packed (${error instanceof Error ? error.message : String(error)}); expected pnpm pack to succeed`);
    return report;
  }
  report.files = tarballFiles(tarball);
  report.problems.push(...checkTarballFiles(report.files, target.pkg.files));
  report.problems.push(...checkPackedRanges(JSON.parse(tarballFile(tarball, 'package.json')) as PackageJson));
  for (const [name, lint] of [['publint', publint], ['attw', attw]] as const) {
    const result = lint(toolsRoot, tarball);
    if (!result.ok) report.problems.push(`Unexpected ${name} report, expected none:\n${result.output}`);
  }
  return report;
}

/**
 * The release dry run: checks the changesets setup, then packs every public
 * package (built beforehand) into a temporary folder and checks each tarball as
 * it would be published. Nothing is published.
 */
export function releaseDryRun(root: string, options: DryRunOptions = {}): DryRunResult {
  const all = workspacePackages(root);
  const targets = publicPackages(root).filter((p) => !options.only || options.only.includes(p.path));
  const destination = mkdtempSync(join(tmpdir(), 'imrkit-release-'));
  try {
    const packages = targets.map((target) => {
      const report = checkPackage(options.toolsRoot ?? root, target, all, destination);
      options.onPackage?.(report);
      return report;
    });
    return { setup: checkReleaseSetup(root), packages };
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}
