/** The repository helpers, the letter structure and the closed sets, from the packages that own them. */
import { CATEGORIES, letterStructureData, REASON_CODES } from '@imrkit/core';

export { findRepoRoot, resolveDir } from '@imrkit/variants';

export interface Structure {
  headings: RegExp[];
  templateMarks: { template: string; re: RegExp }[];
  itemLabel: RegExp;
  furniture: RegExp[];
}

let structure: Structure | undefined;

/** The patterns of the core's letter structure that the checks need. */
export function loadStructure(): Structure {
  if (structure) return structure;
  const file = letterStructureData();
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
}

/** CATEGORIES and REASON_CODES of @imrkit/core. */
export function loadClosedSets(): ClosedSets {
  return { categories: CATEGORIES, reasonCodes: REASON_CODES };
}
