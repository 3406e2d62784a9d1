import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular expression found in the repository, and where. */
export interface FoundPattern {
  source: string;
  flags: string;
  /** File (relative to the repository root) or `runtime` for one built while the plugins ran. */
  origin: string;
}

const walk = (dir: string, keep: (name: string) => boolean): string[] =>
  !existsSync(dir)
    ? []
    : readdirSync(dir)
        .sort()
        .flatMap((name) => {
          const path = join(dir, name);
          return statSync(path).isDirectory() ? walk(path, keep) : keep(name) ? [path] : [];
        });

/** The core package and every plugin package: where rules live. */
export function ruleRoots(root: string): string[] {
  const plugins = join(root, 'plugins');
  return [join(root, 'packages/core'), ...(existsSync(plugins) ? readdirSync(plugins).sort().map((name) => join(plugins, name)) : [])];
}

/** Every regular expression literal in the TypeScript sources under `src/`. */
export function literalPatterns(root: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const pkg of ruleRoots(root)) {
    for (const file of walk(join(pkg, 'src'), (name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source);
          const end = text.lastIndexOf('/');
          found.push({ source: text.slice(1, end), flags: text.slice(end + 1), origin: relative(root, file) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/** A string from a data file that is meant as a pattern: it compiles and uses regex syntax. */
function asPattern(value: string): string | null {
  if (!/[\\[\](){}*+?|^$]/.test(value)) return null;
  try {
    new RegExp(value, 'u');
    return value;
  } catch {
    try {
      new RegExp(value);
      return value;
    } catch {
      return null;
    }
  }
}

/** Every string in the packages' JSON data files that reads as a regular expression. */
export function dataPatterns(root: string): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const pkg of ruleRoots(root)) {
    for (const file of walk(join(pkg, 'data'), (name) => name.endsWith('.json'))) {
      const visit = (value: unknown): void => {
        if (typeof value === 'string') {
          const pattern = asPattern(value);
          if (pattern) found.push({ source: pattern, flags: 'iu', origin: relative(root, file) });
        } else if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) if (key !== '$comment') visit(child);
      };
      visit(JSON.parse(readFileSync(file, 'utf8')));
    }
  }
  return found;
}

/**
 * Records every `new RegExp(...)` made while `run` runs (the patterns plugins
 * compile from their data, or build from lexicons), by swapping the global
 * constructor for a recording proxy. Literals do not pass through it.
 */
export async function constructedPatterns(run: () => Promise<void>): Promise<FoundPattern[]> {
  const found: FoundPattern[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args);
      found.push({ source: made.source, flags: made.flags, origin: 'runtime' });
      return made;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** The patterns once each, by source and flags, keeping the first origin. */
export function dedupe(patterns: readonly FoundPattern[]): FoundPattern[] {
  const seen = new Map<string, FoundPattern>();
  for (const p of patterns) {
    const key = `${p.flags.replace(/[gyd]/g, '')}/${p.source}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}
