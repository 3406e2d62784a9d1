/**
 * The `pdf-text` variant: the letter as a PDF text extractor returns it.
 * Lines hard-wrapped near 95 characters with a trailing space, an empty line
 * after every line, a line holding one space between paragraphs (none after a
 * heading), page breaks as runs of empty lines with page furniture around them.
 */
import { findCaseNumber, type Paragraph } from './classify.js';
import { Rng, type Seed } from './random.js';
import { wrapParagraph } from './wrap.js';

export type FooterStyle = 'page-of' | 'page' | 'dash' | 'none';
export type CaseLineStyle = 'letter' | 'imr' | 'bare';

/** What is drawn once per letter. */
export interface PdfTextLayout {
  /** Wrap width, 88–98 characters. */
  width: number;
  /** Chance that a split at a hyphen keeps a space after it ("non- "). */
  hyphenSpace: number;
  /** Chance that a sentence end gets two spaces. */
  doubleSpace: number;
  footer: FooterStyle;
  /** A case-number header or footer, drawn only for letters that print a case number. */
  caseLine?: { style: CaseLineStyle; position: 'header' | 'footer' };
}

export type RowKind = 'text' | 'separator' | 'furniture';

/** One printed line and the number of empty lines after it. */
export interface Row {
  text: string;
  kind: RowKind;
  blanks: number;
}

export const MIN_WIDTH = 88;
export const MAX_WIDTH = 98;
export const MIN_PAGE_LINES = 44;
export const MAX_PAGE_LINES = 52;

export function drawPdfTextLayout(rng: Rng, caseNumber: string | undefined): PdfTextLayout {
  const layout: PdfTextLayout = {
    width: rng.int(MIN_WIDTH, MAX_WIDTH),
    hyphenSpace: rng.pick([0, 0.3, 0.6]),
    doubleSpace: rng.pick([0, 0, 0.15, 0.85]),
    footer: rng.weighted<FooterStyle>({ 'page-of': 5, page: 1.5, dash: 1.5, none: 2 }),
  };
  if (caseNumber && rng.chance(0.5)) {
    layout.caseLine = {
      style: rng.weighted<CaseLineStyle>({ letter: 7, imr: 1.5, bare: 1.5 }),
      position: rng.chance(0.5) ? 'header' : 'footer',
    };
  }
  return layout;
}

/** The layout of a letter's pdf-text variant, as drawn from its seed. */
export function pdfTextLayout(seed: Seed, plain: string): PdfTextLayout {
  return drawPdfTextLayout(new Rng(seed, 'pdf-text'), findCaseNumber(plain));
}

/** Two spaces after some sentence ends. */
function doubleSpaces(text: string, p: number, rng: Rng): string {
  if (p === 0) return text;
  return text.replace(/([\p{Ll}\d)%"])\. (?=\p{Lu})/gu, (all: string, before: string) => (rng.chance(p) ? `${before}.  ` : all));
}

function paragraphRows(paragraphs: readonly Paragraph[], layout: PdfTextLayout, rng: Rng): Row[] {
  const rows: Row[] = [];
  let headings = 0;
  const wrapOptions = { width: layout.width, spaceAfterHyphen: () => rng.chance(layout.hyphenSpace) };
  paragraphs.forEach((p, i) => {
    const isHeading = p.kind === 'heading' || p.kind === 'mark';
    let text = p.text;
    if (!isHeading) text = doubleSpaces(text, layout.doubleSpace, rng);
    if (p.kind === 'item' && rng.chance(0.3)) text = text.replace(/:\s*(upheld|overturned)(\s*\.?)$/i, ':  $1$2');
    const indent = isHeading && rng.chance(headings++ === 0 ? 0.7 : 0.2) ? ' ' : '';
    wrapParagraph(text, { ...wrapOptions, width: layout.width - indent.length }).forEach((line, n) => {
      rows.push({ text: (n === 0 ? indent : '') + line.text, kind: 'text', blanks: 1 });
    });
    const next = paragraphs[i + 1];
    const last = rows[rows.length - 1];
    if (isHeading) {
      if (last && rng.chance(0.2)) last.blanks = 3;
      return;
    }
    const sameBlock = (p.kind === 'fields' || p.kind === 'credential') && next?.kind === p.kind;
    if (!sameBlock) rows.push({ text: ' ', kind: 'separator', blanks: 1 });
  });
  return rows;
}

function footerText(style: FooterStyle, page: number, pages: number): string | undefined {
  if (style === 'page-of') return `Page ${page} of ${pages}`;
  if (style === 'page') return `Page ${page}`;
  if (style === 'dash') return `- ${page} -`;
  return undefined;
}

function caseLineText(style: CaseLineStyle, caseNumber: string, page: number): string {
  if (style === 'letter') return `Final Determination Letter for IMR Case Number ${caseNumber} ${page}`;
  if (style === 'imr') return `IMR Case Number: ${caseNumber}`;
  return caseNumber;
}

const furniture = (text: string): Row => ({ text: `${text} `, kind: 'furniture', blanks: 1 });

/** The rows of the pdf-text variant: text, separators and furniture, with their empty-line runs. */
export function layoutPdfText(paragraphs: readonly Paragraph[], plain: string, seed: Seed): Row[] {
  const rng = new Rng(seed, 'pdf-text');
  const caseNumber = findCaseNumber(plain);
  const layout = drawPdfTextLayout(rng, caseNumber);
  const body = paragraphRows(paragraphs, layout, rng);

  const pages: Row[][] = [];
  for (let start = 0; start < body.length; ) {
    const size = rng.int(MIN_PAGE_LINES, MAX_PAGE_LINES);
    pages.push(body.slice(start, start + size));
    start += size;
  }

  const out: Row[] = [];
  pages.forEach((rows, index) => {
    const page = index + 1;
    const caseLine = layout.caseLine && caseNumber ? caseLineText(layout.caseLine.style, caseNumber, page) : undefined;
    if (page > 1 && caseLine && layout.caseLine?.position === 'header') out.push(furniture(caseLine));
    out.push(...rows);
    if (caseLine && layout.caseLine?.position === 'footer') out.push(furniture(caseLine));
    const footer = footerText(layout.footer, page, pages.length);
    if (footer) out.push(furniture(footer));
    const lastRow = out[out.length - 1];
    if (lastRow && page < pages.length) lastRow.blanks = rng.int(2, 4);
  });
  return out;
}

export function printRows(rows: readonly Row[]): string {
  return rows.map((r) => `${r.text}\n${'\n'.repeat(r.blanks)}`).join('');
}

export function renderPdfText(paragraphs: readonly Paragraph[], plain: string, seed: Seed): string {
  return printRows(layoutPdfText(paragraphs, plain, seed));
}
