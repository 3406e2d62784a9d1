import { readDataFile } from './data-file.js';
import type { Template } from './record.js';

export type SectionRole =
  | 'howDetermined'
  | 'documentsReviewed'
  | 'caseSummary'
  | 'decisions'
  | 'guidelines'
  | 'rationales'
  | 'qualifications';

export type ItemPartRole = 'claimsGuideline' | 'reviewerGuideline' | 'rationale';

/** The letter-structure lexicon as stored in data/templates.json: patterns as strings. */
export interface LetterStructureData {
  headings: { role: SectionRole; pattern: string }[];
  templateMarks: { template: Template; pattern: string }[];
  itemLabel: string;
  itemLabels: { role: ItemPartRole; pattern: string }[];
  blockLabels: string[];
  fields: { field: string; label: string }[];
  furniture: string[];
}

export interface TemplateData {
  headings: { role: SectionRole; pattern: RegExp }[];
  templateMarks: { template: Template; pattern: RegExp }[];
  itemLabel: RegExp;
  itemParts: { role: ItemPartRole; pattern: RegExp }[];
  blockLabels: RegExp[];
  /** Header field labels; the pattern matches `Label:` at any position. */
  fields: { field: string; pattern: RegExp }[];
  /** Any header field label at the start of a paragraph. */
  fieldStart: RegExp;
  furniture: RegExp[];
}

/**
 * The letter-structure lexicon (headings, labels, header fields, page furniture)
 * as data, for tools that must agree with the segmenter, such as layout renderers.
 */
export function letterStructureData(): LetterStructureData {
  return readDataFile<LetterStructureData>(import.meta.url, '../data/templates.json');
}

function compile(): TemplateData {
  const raw = letterStructureData();
  const labels = raw.fields.map((f) => f.label).join('|');
  return {
    headings: raw.headings.map((h) => ({ role: h.role, pattern: new RegExp(h.pattern, 'i') })),
    templateMarks: raw.templateMarks.map((m) => ({ template: m.template, pattern: new RegExp(m.pattern, 'i') })),
    itemLabel: new RegExp(raw.itemLabel, 'id'),
    itemParts: raw.itemLabels.map((l) => ({ role: l.role, pattern: new RegExp(l.pattern, 'i') })),
    blockLabels: raw.blockLabels.map((p) => new RegExp(p, 'i')),
    fields: raw.fields.map((f) => ({ field: f.field, pattern: new RegExp(`\\b(?:${f.label})\\s*:`, 'gi') })),
    fieldStart: new RegExp(`^(?:${labels})\\s*:`, 'i'),
    furniture: raw.furniture.map((p) => new RegExp(p, 'i')),
  };
}

let cached: TemplateData | undefined;

/** The letter-structure lexicon, compiled once per process. */
export function templateData(): TemplateData {
  cached ??= compile();
  return cached;
}

/** The section role a paragraph opens, when it is a heading. */
export function headingRole(paragraph: string): SectionRole | null {
  for (const h of templateData().headings) if (h.pattern.test(paragraph)) return h.role;
  return null;
}

/** True when a paragraph starts a labelled block and so can never continue the previous one. */
export function startsLabelledBlock(line: string): boolean {
  const data = templateData();
  return (
    data.itemParts.some((p) => p.pattern.test(line)) ||
    data.blockLabels.some((p) => p.test(line)) ||
    data.fieldStart.test(line) ||
    data.templateMarks.some((m) => m.pattern.test(line))
  );
}
