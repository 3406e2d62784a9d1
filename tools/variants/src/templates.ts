/**
 * The letter structure shared by every template, from `@imrkit/core` (the one
 * source the corpus, this generator and the section segmenter agree on).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { letterStructureData, type LetterStructureData } from '@imrkit/core';

/** The compiled patterns, all case-insensitive, each matched against one trimmed paragraph. */
export interface Structure {
  headings: { role: string; re: RegExp }[];
  templateMarks: { template: string; re: RegExp }[];
  /** Group 1 is the label, group 2 the decision word. */
  itemLabel: RegExp;
  itemLabels: { role: string; re: RegExp }[];
  blockLabels: RegExp[];
  /** Matches a header field label at the start of a paragraph or after whitespace (global; group 1 is the label). */
  fieldLabel: RegExp;
  /** Matches a paragraph that starts with a header field label. */
  fieldStart: RegExp;
  furniture: RegExp[];
}

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml found above ${from}; expected to run inside the IMRKit repository`);
    dir = parent;
  }
}

function ci(pattern: string, flags = ''): RegExp {
  return new RegExp(pattern, `i${flags}`);
}

export function compileStructure(file: LetterStructureData): Structure {
  // Longest labels first, so "IMR Case Number" wins over "Case Number" and "Dated" never eats "Date ...".
  const labels = file.fields.map((f) => f.label).sort((a, b) => b.length - a.length);
  const alternation = labels.map((l) => `(?:${l})`).join('|');
  return {
    headings: file.headings.map((h) => ({ role: h.role, re: ci(h.pattern) })),
    templateMarks: file.templateMarks.map((m) => ({ template: m.template, re: ci(m.pattern) })),
    itemLabel: ci(file.itemLabel),
    itemLabels: file.itemLabels.map((l) => ({ role: l.role, re: ci(l.pattern) })),
    blockLabels: file.blockLabels.map((p) => ci(p)),
    fieldLabel: ci(`(?:^|\\s)(${alternation})\\s*:`, 'g'),
    fieldStart: ci(`^(?:${alternation})\\s*:`),
    furniture: file.furniture.map((p) => ci(p)),
  };
}

let cached: Structure | undefined;

/** The structure the core segments letters by, compiled once per process. */
export function loadStructure(): Structure {
  cached ??= compileStructure(letterStructureData());
  return cached;
}

/** Whether a trimmed line is page furniture (a page number, a case-number header or footer). */
export function isFurniture(line: string, structure: Structure = loadStructure()): boolean {
  const t = line.trim();
  return t !== '' && structure.furniture.some((re) => re.test(t));
}
