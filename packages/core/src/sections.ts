import type { Span, Template } from './record.js';
import type { Field, ItemSection, Sections } from './section-types.js';
import { headingRole, templateData, type ItemPartRole, type SectionRole } from './template-data.js';
import { paragraphSpans } from './text-view.js';
import { parseItemLabel } from './item-label.js';
import { splitProfessionalReview } from './sections-professional-review.js';

const join = (a: Span, b: Span): Span => [a[0], b[1]];

function detectTemplate(text: string, paragraphs: Span[], sections: Sections): Template | null {
  const data = templateData();
  const marks = new Set<Template>();
  for (const [s, e] of paragraphs.slice(0, 40)) {
    const paragraph = text.slice(s, e);
    for (const mark of data.templateMarks) if (mark.pattern.test(paragraph)) marks.add(mark.template);
  }
  const has = (role: SectionRole): boolean => sections.headings.some((h) => h.role === role);
  if (marks.has('professional-review') || (has('guidelines') && has('rationales'))) return 'professional-review';
  if (marks.has('maximus-header')) return 'maximus-header';
  if (marks.has('header-block') || sections.fields.length > 0) return has('howDetermined') ? 'header-block' : null;
  return has('howDetermined') || has('decisions') ? 'final-determination' : null;
}

function headerFields(text: string, paragraphs: Span[]): Field[] {
  const fields: Field[] = [];
  for (const [s, e] of paragraphs) {
    const paragraph = text.slice(s, e);
    const found: { field: string; at: number; colon: number }[] = [];
    for (const { field, pattern } of templateData().fields) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) {
        found.push({ field, at: m.index, colon: m.index + m[0].length });
      }
    }
    found.sort((a, b) => a.at - b.at || b.colon - a.colon);
    const kept = found.filter((f, i) => i === 0 || f.at >= (found[i - 1] as { colon: number }).colon);
    kept.forEach((f, i) => {
      const stop = kept[i + 1]?.at ?? paragraph.length;
      const raw = paragraph.slice(f.colon, stop);
      const lead = raw.length - raw.trimStart().length;
      const value: Span = [s + f.colon + lead, s + f.colon + raw.trimEnd().length];
      fields.push({ field: f.field, label: [s + f.at, s + f.colon], value });
    });
  }
  return fields;
}

function itemPartRole(text: string, [s, e]: Span): ItemPartRole | null {
  const paragraph = text.slice(s, e);
  for (const part of templateData().itemParts) if (part.pattern.test(paragraph)) return part.role;
  return null;
}

/** Splits the decisions section of the final-determination family into item blocks. */
function splitItemBlocks(text: string, paragraphs: Span[]): ItemSection[] {
  const items: ItemSection[] = [];
  let current: ItemSection | null = null;
  let part: ItemPartRole | null = null;
  for (const paragraph of paragraphs) {
    const label = parseItemLabel(text, paragraph);
    if (label) {
      current = { index: items.length, ...label, claimsGuideline: null, reviewerGuideline: null, rationale: null, block: paragraph };
      items.push(current);
      part = null;
      continue;
    }
    if (!current) continue;
    const role = itemPartRole(text, paragraph);
    if (role) part = role;
    if (part) {
      const previous = current[part];
      current[part] = previous && !role ? join(previous, paragraph) : (previous ?? paragraph);
    }
    current.block = join(current.block, paragraph);
  }
  return items;
}

/** Segments a clean text view into the named sections of its template. */
export function segmentSections(text: string, bodyEnd: number): { sections: Sections; template: Template | null; paragraphs: Span[] } {
  const paragraphs = paragraphSpans(text, bodyEnd);
  const sections: Sections = {
    header: null,
    fields: [],
    headings: [],
    howDetermined: null,
    documentsReviewed: null,
    caseSummary: null,
    decisions: null,
    guidelines: null,
    rationales: null,
    qualifications: null,
    items: [],
  };
  const bodies = new Map<SectionRole, Span[]>();
  let role: SectionRole | null = null;
  const header: Span[] = [];
  for (const paragraph of paragraphs) {
    const opened = headingRole(text.slice(paragraph[0], paragraph[1]));
    if (opened) {
      sections.headings.push({ role: opened, span: paragraph });
      role = bodies.has(opened) ? null : opened;
      if (role) bodies.set(role, []);
      continue;
    }
    if (role) bodies.get(role)?.push(paragraph);
    else if (sections.headings.length === 0) header.push(paragraph);
  }
  if (header.length > 0) sections.header = join(header[0] as Span, header[header.length - 1] as Span);
  sections.fields = headerFields(text, header);
  for (const [name, spans] of bodies) {
    if (spans.length > 0) sections[name] = join(spans[0] as Span, spans[spans.length - 1] as Span);
  }
  const template = detectTemplate(text, paragraphs, sections);
  const decisions = bodies.get('decisions') ?? [];
  sections.items =
    template === 'professional-review'
      ? splitProfessionalReview(text, decisions, bodies.get('guidelines') ?? [], bodies.get('rationales') ?? [])
      : splitItemBlocks(text, decisions);
  return { sections, template, paragraphs };
}
