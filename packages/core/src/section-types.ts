import type { Span } from './record.js';
import type { SectionRole } from './template-data.js';

/** A header field such as `Date of Injury: 08/01/2001`. */
export interface Field {
  field: string;
  label: Span;
  value: Span;
}

/** One disputed item's block in the decisions section. */
export interface ItemSection {
  index: number;
  /** The item text, without list number and decision. */
  label: Span;
  /** The word `Upheld` or `Overturned`. */
  decision: Span | null;
  claimsGuideline: Span | null;
  reviewerGuideline: Span | null;
  rationale: Span | null;
  /** The whole block, label to last rationale paragraph. */
  block: Span;
}

export interface Sections {
  /** Paragraphs before the first heading. */
  header: Span | null;
  fields: Field[];
  headings: { role: SectionRole; span: Span }[];
  howDetermined: Span | null;
  documentsReviewed: Span | null;
  caseSummary: Span | null;
  decisions: Span | null;
  guidelines: Span | null;
  rationales: Span | null;
  qualifications: Span | null;
  items: ItemSection[];
}

