import type { PackageJson, PluginFolder } from './plugin-folder.js';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const INTERNAL = /^@imrkit\//;

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** The `exports` entry of `.`: its `types` and `default` (or `import`) targets. */
function rootExport(pkg: PackageJson): { types?: unknown; runtime?: unknown } | null {
  const exportsField = pkg.exports as Record<string, unknown> | undefined;
  const root = exportsField && typeof exportsField === 'object' ? exportsField['.'] : undefined;
  if (!root || typeof root !== 'object') return null;
  const entry = root as Record<string, unknown>;
  return { types: entry.types, runtime: entry.default ?? entry.import };
}

const inDist = (value: unknown): boolean => typeof value === 'string' && value.startsWith('./dist/');

function checkFields(folder: PluginFolder, pkg: PackageJson): string[] {
  const problems: string[] = [];
  const expectedName = `@imrkit/plugin-${folder.name}`;
  if (pkg.name !== expectedName) problems.push(`Unexpected name ${show(pkg.name)} in package.json, expected "${expectedName}"`);
  if (typeof pkg.version !== 'string' || !SEMVER.test(pkg.version)) problems.push(`Unexpected version ${show(pkg.version)} in package.json, expected a semver version`);
  if (pkg.private === true) problems.push('Unexpected "private": true in package.json, expected a publishable plugin');
  if (typeof pkg.license !== 'string' || pkg.license === '') problems.push('No license found in package.json; expected e.g. "MIT"');
  if (pkg.type !== 'module') problems.push(`Unexpected type ${show(pkg.type)} in package.json, expected "module" (ESM only)`);
  if (pkg.sideEffects !== false) problems.push(`Unexpected sideEffects ${show(pkg.sideEffects)} in package.json, expected false`);
  const root = rootExport(pkg);
  if (!root || !inDist(root.types) || !inDist(root.runtime)) {
    problems.push(`Unexpected exports ${show(pkg.exports)} in package.json, expected { ".": { "types": "./dist/….d.ts", "default": "./dist/….js" } }`);
  }
  if (!inDist(pkg.types)) problems.push(`Unexpected types ${show(pkg.types)} in package.json, expected a ./dist/ declaration file`);
  const files = Array.isArray(pkg.files) ? (pkg.files as unknown[]) : [];
  if (!files.includes('dist')) problems.push(`No "dist" found in package.json files; expected the build published`);
  if (folder.hasData && !files.includes('data')) problems.push(`No "data" found in package.json files; expected the data/ folder published with the code that reads it`);
  if (typeof pkg.engines?.node !== 'string') problems.push('No engines.node found in package.json; expected e.g. ">=20"');
  return problems;
}

function checkDependencies(pkg: PackageJson): string[] {
  const problems: string[] = [];
  const core = pkg.dependencies?.['@imrkit/core'];
  if (core !== 'workspace:^') problems.push(`Unexpected @imrkit/core dependency ${show(core)} in package.json, expected "workspace:^" in dependencies`);
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (INTERNAL.test(name) && !range.startsWith('workspace:')) problems.push(`Unexpected range "${range}" for ${name} in ${field}, expected a workspace: range`);
    }
  }
  return problems;
}

/** Every field a publishable plugin needs, and `workspace:` ranges for the workspace's own packages. */
export function checkPackageJson(folder: PluginFolder): string[] {
  if (!folder.pkg) return [folder.packageError ?? 'No package.json found in the plugin folder; expected a package'];
  return [...checkFields(folder, folder.pkg), ...checkDependencies(folder.pkg)];
}
