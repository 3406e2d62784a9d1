import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginNames } from './names.js';

/** The template folder ships beside `dist/` and `src/` alike. */
const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));
const SUFFIX = '.tmpl';

/** The placeholders a template may use: every name of the plugin, the noun for prose, and the cue its stub reads. */
export type TemplateValues = PluginNames & { noun: string; cue: string };

export function templateValues(names: PluginNames): TemplateValues {
  return { ...names, noun: names.title.toLowerCase(), cue: `${names.title}:` };
}

/** Replaces `{{placeholder}}`s; an unknown one is a bug in the template, so it throws. */
export function render(template: string, values: TemplateValues): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = (values as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) throw new Error(`Unexpected placeholder {{${name}}} in a template, expected one of ${Object.keys(values).join(', ')}`);
    return value;
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The plugin folder's templated files, by path relative to the folder, rendered. */
export function renderPluginFiles(values: TemplateValues): Map<string, string> {
  const root = join(TEMPLATES, 'plugin');
  const files = new Map<string, string>();
  for (const path of walk(root).sort()) {
    files.set(relative(root, path).slice(0, -SUFFIX.length), render(readFileSync(path, 'utf8'), values));
  }
  return files;
}

/** The changeset that releases the new package (and the CLI that now depends on it). */
export function renderChangeset(values: TemplateValues): string {
  return render(readFileSync(join(TEMPLATES, 'changeset.md.tmpl'), 'utf8'), values);
}
