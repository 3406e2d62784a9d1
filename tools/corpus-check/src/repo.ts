/** The repository, the structure file of the letters, and the closed sets of @imrkit/core. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml found above ${from}; expected to run inside the IMRKit repository`);
    dir = parent;
  }
}

/** A folder named on the command line: from where pnpm was started (INIT_CWD) or the working directory, else from the root. */
export function resolveDir(dir: string, root: string): string {
  if (isAbsolute(dir)) return dir;
  const fromCwd = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
  return existsSync(fromCwd) ? fromCwd : resolve(root, dir);
}

export interface Structure {
  headings: RegExp[];
  templateMarks: { template: string; re: RegExp }[];
  itemLabel: RegExp;
  furniture: RegExp[];
}

let structure: Structure | undefined;

/** The patterns of packages/core/data/templates.json that the checks need. */
export function loadStructure(root: string = findRepoRoot()): Structure {
  if (structure) return structure;
  const file = JSON.parse(readFileSync(join(root, 'packages', 'core', 'data', 'templates.json'), 'utf8')) as {
    headings: { pattern: string }[];
    templateMarks: { template: string; pattern: string }[];
    itemLabel: string;
    furniture: string[];
  };
  structure = {
    headings: file.headings.map((h) => new RegExp(h.pattern, 'i')),
    templateMarks: file.templateMarks.map((m) => ({ template: m.template, re: new RegExp(m.pattern, 'i') })),
    itemLabel: new RegExp(file.itemLabel, 'i'),
    furniture: file.furniture.map((p) => new RegExp(p, 'i')),
  };
  return structure;
}

export interface ClosedSets {
  categories: readonly string[];
  reasonCodes: readonly string[];
  /** Where they were read: the built @imrkit/core, or its source file. */
  from: '@imrkit/core' | 'packages/core/src/record.ts';
}

function arrayFromSource(source: string, name: string): string[] {
  const m = new RegExp(`export const ${name}\\b[^=]*=\\s*\\[([\\s\\S]*?)\\]`).exec(source);
  if (!m) throw new Error(`No ${name} array found in packages/core/src/record.ts; expected "export const ${name} = [...]"`);
  return [...(m[1] ?? '').matchAll(/'([^']+)'|"([^"]+)"/g)].map((s) => s[1] ?? s[2] ?? '');
}

/** CATEGORIES and REASON_CODES from @imrkit/core, or from its source when the package is not built yet. */
export async function loadClosedSets(root: string = findRepoRoot()): Promise<ClosedSets> {
  try {
    const specifier = '@imrkit/core';
    const core = (await import(specifier)) as { CATEGORIES?: readonly string[]; REASON_CODES?: readonly string[] };
    if (Array.isArray(core.CATEGORIES) && Array.isArray(core.REASON_CODES)) {
      return { categories: core.CATEGORIES, reasonCodes: core.REASON_CODES, from: '@imrkit/core' };
    }
  } catch {
    // Not built yet: read the source below.
  }
  const source = readFileSync(join(root, 'packages', 'core', 'src', 'record.ts'), 'utf8');
  return {
    categories: arrayFromSource(source, 'CATEGORIES'),
    reasonCodes: arrayFromSource(source, 'REASON_CODES'),
    from: 'packages/core/src/record.ts',
  };
}
