import { detectVariant } from './detect-variant.js';
import type { Issue, Span, Template, Variant } from './record.js';
import type { Sections } from './section-types.js';
import { segmentSections } from './sections.js';
import { toOriginalSpan, type TextView } from './text-view.js';
import { htmlView } from './views/html.js';
import type { LayoutView } from './views/layout-view.js';
import { markdownView } from './views/markdown.js';
import { pdfTextView } from './views/pdf-text.js';
import { plainView } from './views/plain.js';

/** One letter as plugins see it. */
export interface ImrDocument {
  /** The input's path or name, as given. */
  source: string;
  variant: Variant;
  /** The input as decoded text: every span in a record points into this. */
  original: string;
  /** The clean view: one paragraph per line, markup and page furniture removed. */
  text: string;
  /** Offset in `text` where the letter body ends; page headers and footers follow it. */
  bodyEnd: number;
  paragraphs: Span[];
  template: Template | null;
  sections: Sections;
  /** Problems met while reading the input. */
  issues: Issue[];
  /** Converts a span of `text` into a span of `original`. */
  toOriginal(span: Span): Span;
}

export interface DocumentInput {
  source: string;
  /** The input's text, or its bytes (decoded as UTF-8, falling back to Windows-1252). */
  content: string | Uint8Array;
  /** Known layout; detected from the name and content when absent. */
  variant?: Variant;
}

const VIEWS: Record<Variant, (original: string) => LayoutView> = {
  'pdf-text': pdfTextView,
  // A PDF reaches the core as the text of its text layer, laid out like pdf-text.
  pdf: pdfTextView,
  markdown: markdownView,
  html: htmlView,
  plain: plainView,
};

function decode(content: string | Uint8Array, issues: Issue[]): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    issues.push({ plugin: 'core', severity: 'warning', message: 'Invalid UTF-8 in input; decoded as Windows-1252' });
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** Reads one letter: decodes it, builds the clean view of its layout and segments its sections. */
export function loadDocument(input: DocumentInput): ImrDocument {
  const issues: Issue[] = [];
  const original = decode(input.content, issues);
  const variant = input.variant ?? detectVariant(input.source, original);
  const view = VIEWS[variant](original);
  const { sections, template, paragraphs } = segmentSections(view.text, view.bodyEnd);
  if (!template) issues.push({ plugin: 'core', severity: 'warning', message: 'No IMR letter template recognised; expected one of the headings of the four templates' });
  const textView: TextView = view;
  return {
    source: input.source,
    variant,
    original,
    text: view.text,
    bodyEnd: view.bodyEnd,
    paragraphs,
    template,
    sections,
    issues,
    toOriginal: (span) => toOriginalSpan(textView, span),
  };
}
