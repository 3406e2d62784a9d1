import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the checks read outside the plugin folders, read once. */
export interface WorkspaceFacts {
  root: string;
  pluginsDir: string;
  /** Package names in packages/cli/data/plugins.json. */
  registered: string[];
  /** The CLI's dependencies, by name. */
  cliDependencies: Record<string, string>;
  /** Per record key, how many corpus goldens hold it. */
  goldenKeys: Map<string, number>;
  /** The corpus folders searched for goldens, relative to the root. */
  corpusDirs: string[];
  /** The text of every pending changeset. */
  changesets: string[];
}

export const CORPUS_DIRS = ['corpus/dev', 'corpus/test'];

const readJson = <T>(path: string, fallback: T): T => (existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback);

function goldens(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === 'expected.json') return [join(dir, entry.name)];
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') return goldens(join(dir, entry.name));
    return [];
  });
}

function countGoldenKeys(root: string, corpusDirs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of corpusDirs.flatMap((dir) => goldens(join(root, dir)))) {
    for (const key of Object.keys(readJson<Record<string, unknown>>(path, {}))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function pendingChangesets(root: string): string[] {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export function readWorkspace(root: string, corpusDirs: readonly string[] = CORPUS_DIRS): WorkspaceFacts {
  const cliDir = join(root, 'packages', 'cli');
  return {
    root,
    pluginsDir: join(root, 'plugins'),
    registered: readJson<{ plugins: string[] }>(join(cliDir, 'data', 'plugins.json'), { plugins: [] }).plugins,
    cliDependencies: readJson<{ dependencies?: Record<string, string> }>(join(cliDir, 'package.json'), {}).dependencies ?? {},
    goldenKeys: countGoldenKeys(root, corpusDirs),
    corpusDirs: [...corpusDirs],
    changesets: pendingChangesets(root),
  };
}
