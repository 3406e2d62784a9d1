export { releaseDryRun, type DryRunOptions, type DryRunResult, type PackageReport } from './release-check.js';
export { checkReleaseSetup, RELEASE_SCRIPTS } from './release-setup.js';
export { checkTarballFiles, tarballFiles, tarballFile } from './tarball-files.js';
export { checkDependencyRanges, checkPackedRanges } from './dependency-ranges.js';
export { publint, attw, type LintResult } from './linters.js';
export { pack } from './pack.js';
export { publicPackages, workspacePackages, type WorkspacePackage, type PackageJson } from './public-packages.js';
