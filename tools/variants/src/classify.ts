/**
 * Splits a plain.txt letter into paragraphs and says what each one is
 * (heading, header fields, item label, guideline label, credential block line,
 * running text), using the patterns of templates.json.
 */
import { loadStructure, type Structure } from './templates.js';

export type ParagraphKind = 'mark' | 'heading' | 'fields' | 'item' | 'labelled' | 'credential' | 'text';

export interface Field {
  label: string;
  value: string;
}

export interface Paragraph {
  /** The paragraph as printed in plain.txt, trimmed. */
  text: string;
  kind: ParagraphKind;
  /** Heading role (`decisions`, `caseSummary`, ...) or labelled-line role (`claimsGuideline`, ...). */
  role?: string;
  /** The role of the heading this paragraph sits under; undefined before the first heading. */
  section?: string;
  /** item: the list number with its following space as printed ("1. "), when there is one. */
  number?: string;
  /** item and labelled: the label up to and including its colon ("Baclofen 10mg #60:"). */
  head?: string;
  /** item and labelled: what follows the colon ("Upheld", "Decision based on ..."). */
  tail?: string;
  /** fields: the label/value pairs of a header row. */
  fields?: Field[];
}

/** The paragraphs of a plain letter: one per non-empty line, trimmed. */
export function splitParagraphs(plain: string): string[] {
  return plain
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The label/value pairs of a header row, or undefined when the text does not start with a field label. */
export function parseFields(text: string, structure: Structure): Field[] | undefined {
  if (!structure.fieldStart.test(text)) return undefined;
  const re = new RegExp(structure.fieldLabel.source, structure.fieldLabel.flags);
  const found: { label: string; labelStart: number; valueStart: number }[] = [];
  for (const m of text.matchAll(re)) {
    const label = m[1] ?? '';
    found.push({ label, labelStart: m.index + m[0].indexOf(label), valueStart: m.index + m[0].length });
  }
  if (found[0]?.labelStart !== 0) return undefined;
  return found.map((f, i) => ({
    label: f.label,
    value: text.slice(f.valueStart, found[i + 1]?.labelStart ?? text.length).trim(),
  }));
}

/** Splits "Label text: Upheld" into its number, head (with colon) and tail. */
function splitItem(text: string): Pick<Paragraph, 'number' | 'head' | 'tail'> {
  const num = /^\d{1,2}[.)]\s+/.exec(text);
  const body = num ? text.slice(num[0].length) : text;
  const colon = body.search(/:\s*(?:upheld|overturned)\s*\.?$/i);
  const out: Pick<Paragraph, 'number' | 'head' | 'tail'> = {
    head: body.slice(0, colon + 1),
    tail: body.slice(colon + 1).trim(),
  };
  if (num) out.number = num[0];
  return out;
}

export function classifyParagraphs(paragraphs: readonly string[], structure: Structure = loadStructure()): Paragraph[] {
  let section: string | undefined;
  const out: Paragraph[] = paragraphs.map((text) => {
    if (section === undefined) {
      const fields = parseFields(text, structure);
      if (fields) return { text, kind: 'fields', fields };
      const mark = structure.templateMarks.find((m) => m.re.test(text));
      if (mark) return { text, kind: 'mark', role: mark.template };
    }
    const heading = structure.headings.find((h) => h.re.test(text));
    if (heading) {
      section = heading.role;
      return { text, kind: 'heading', role: heading.role, section };
    }
    const base = section === undefined ? { text } : { text, section };
    if (section === 'decisions' && structure.itemLabel.test(text)) return { ...base, kind: 'item', ...splitItem(text) };
    for (const label of structure.itemLabels) {
      const m = label.re.exec(text);
      if (m) return { ...base, kind: 'labelled', role: label.role, head: m[0].trimEnd(), tail: text.slice(m[0].length).trim() };
    }
    return { ...base, kind: 'text' };
  });
  // A credential block is a run of two or more consecutive block-label lines.
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && out[j]?.kind === 'text' && structure.blockLabels.some((re) => re.test(out[j]?.text ?? ''))) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) (out[k] as Paragraph).kind = 'credential';
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The first case number (`CM15-0027300`) printed anywhere in the letter, if any. */
export function findCaseNumber(plain: string): string | undefined {
  return /\bCM\d{2}-\d{7}\b/.exec(plain)?.[0];
}
