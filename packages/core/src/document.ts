import { detectVariant } from './detect-variant.js';
import type { Issue, Span, Template, Variant } from './record.js';
import type { Sections } from './section-types.js';
import { segmentSections } from './sections.js';
import { toOriginalSpan, type TextView } from './text-view.js';
import { htmlView } from './views/html.js';
import type { LayoutView } from './views/layout-view.js';
import { markdownView } from './views/markdown.js';
import { markdownTooDeep } from './views/markdown-guard.js';
import { htmlTooDeep } from './views/html-guard.js';
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
  // A UTF-16 byte-order mark names its encoding; the mark itself is dropped, as for UTF-8.
  const utf16 = content[0] === 0xff && content[1] === 0xfe ? 'utf-16le' : content[0] === 0xfe && content[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    issues.push({ plugin: 'core', severity: 'info', message: `Unexpected ${utf16.toUpperCase()} input, expected UTF-8; decoded by its byte-order mark` });
    return new TextDecoder(utf16).decode(content);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    issues.push({ plugin: 'core', severity: 'warning', message: 'Invalid UTF-8 in input; decoded as Windows-1252' });
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** The clean view of a layout; markup too deeply nested to parse safely is read as plain text. */
function viewOf(variant: Variant, original: string, issues: Issue[]): LayoutView {
  if (variant === 'markdown' || variant === 'html') {
    const tooDeep = variant === 'markdown' ? markdownTooDeep(original) : htmlTooDeep(original);
    if (tooDeep) {
      issues.push({ plugin: 'core', severity: 'warning', message: tooDeep });
      return plainView(original);
    }
  }
  return VIEWS[variant](original);
}

/**
 * The text the views read: NUL bytes as spaces and a lone CR (old Mac line ends)
 * as a newline. Each is a one-for-one swap, so every offset still points into
 * `original` unchanged.
 */
function forViews(original: string, issues: Issue[]): string {
  if (original.indexOf('\0') < 0 && original.indexOf('\r') < 0) return original;
  if (original.indexOf('\0') >= 0) issues.push({ plugin: 'core', severity: 'warning', message: 'Unexpected NUL bytes in input, expected text; read as spaces' });
  return original.replace(/\0/g, ' ').replace(/\r(?!\n)/g, '\n');
}

/** Reads one letter: decodes it, builds the clean view of its layout and segments its sections. */
export function loadDocument(input: DocumentInput): ImrDocument {
  const issues: Issue[] = [];
  const original = decode(input.content, issues);
  const readable = forViews(original, issues);
  const variant = input.variant ?? detectVariant(input.source, readable);
  const view = viewOf(variant, readable, issues);
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
