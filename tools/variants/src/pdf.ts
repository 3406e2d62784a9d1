/**
 * The `pdf` variant: the letter as a PDF file, set in the standard Helvetica
 * fonts (nothing embedded, so files stay small), wrapped at the page width,
 * several pages with a page footer and sometimes a case-number header. Headings
 * and labels are bold; paragraphs are set apart by a gap or a first-line indent.
 * Deterministic: fixed dates and producer, no document ID.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { findCaseNumber, type Paragraph } from './classify.js';
import { Rng, type Seed } from './random.js';

/** What is drawn once per letter. */
export interface PdfLayout {
  fontSize: number;
  /** Baseline to baseline, in points. */
  leading: number;
  margin: number;
  /** `gap`: extra space between paragraphs; `indent`: first lines indented, no gap. */
  paragraphs: 'gap' | 'indent';
  /** Extra space between paragraphs (gap style) or the first-line indent (indent style), in points. */
  separation: number;
  centerHeadings: boolean;
  footer: 'page-of' | 'page' | 'dash';
  /** A case-number line at the top of every page, drawn only for letters that print one. */
  caseHeader: boolean;
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
/** A fixed date, so the same letter always gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export function drawPdfLayout(rng: Rng, caseNumber: string | undefined): PdfLayout {
  const fontSize = rng.pick([10, 10.5, 11, 12]);
  const leading = fontSize * rng.pick([1.2, 1.35, 1.5]);
  const paragraphs = rng.chance(0.7) ? 'gap' : 'indent';
  return {
    fontSize,
    leading,
    margin: rng.int(54, 90),
    paragraphs,
    separation: paragraphs === 'gap' ? leading * rng.pick([0.5, 0.75, 1]) : fontSize * rng.pick([2, 3]),
    centerHeadings: rng.chance(0.4),
    footer: rng.weighted({ 'page-of': 5, page: 2, dash: 2 }),
    caseHeader: caseNumber !== undefined && rng.chance(0.5),
  };
}

interface Word {
  text: string;
  bold: boolean;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Characters the standard fonts cannot encode become `?`. */
function encodable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  return [...text].map((ch) => (known.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}

/** A paragraph as words, its label (heading, item label, guideline label) in bold. */
function paragraphWords(p: Paragraph): Word[] {
  const split = (text: string, bold: boolean): Word[] => text.split(/\s+/).filter(Boolean).map((w) => ({ text: w, bold }));
  if (p.kind === 'heading' || p.kind === 'mark') return split(p.text, true);
  if ((p.kind === 'item' || p.kind === 'labelled') && p.head) {
    const head = `${p.number ?? ''}${p.head}`;
    return [...split(head, true), ...split(p.tail ?? '', false)];
  }
  return split(p.text, false);
}

/** Greedy wrapping by measured width; a word wider than the line stands alone on it. */
function wrapWords(words: readonly Word[], fonts: Fonts, size: number, firstWidth: number, width: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  const space = fonts.regular.widthOfTextAtSize(' ', size);
  for (const word of words) {
    const w = (word.bold ? fonts.bold : fonts.regular).widthOfTextAtSize(word.text, size);
    const room = lines.length === 0 ? firstWidth : width;
    if (line.length > 0 && used + space + w > room) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + w;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Draws one line as runs of same-font words. */
function drawLine(page: PDFPage, words: readonly Word[], x: number, y: number, fonts: Fonts, size: number): void {
  let at = x;
  const space = fonts.regular.widthOfTextAtSize(' ', size);
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j]?.bold === words[i]?.bold) j++;
    const font = words[i]?.bold ? fonts.bold : fonts.regular;
    const text = words.slice(i, j).map((w) => w.text).join(' ');
    page.drawText(text, { x: at, y, size, font });
    at += font.widthOfTextAtSize(text, size) + space;
    i = j;
  }
}

function footerText(style: PdfLayout['footer'], page: number, pages: number): string {
  if (style === 'page-of') return `Page ${page} of ${pages}`;
  if (style === 'page') return `Page ${page}`;
  return `- ${page} -`;
}

/** The pdf variant of a classified letter: the same seed always gives the same bytes. */
export async function renderPdf(paragraphs: readonly Paragraph[], plain: string, seed: Seed): Promise<Uint8Array> {
  const rng = new Rng(seed, 'pdf');
  const caseNumber = findCaseNumber(plain);
  const layout = drawPdfLayout(rng, caseNumber);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer('@imrkit/variants');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const fonts: Fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const { fontSize: size, leading, margin } = layout;
  const width = PAGE_WIDTH - 2 * margin;
  const top = PAGE_HEIGHT - margin - (layout.caseHeader ? leading * 2 : 0);
  const bottom = margin + leading * 2;

  let page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  let y = top;
  paragraphs.forEach((p, index) => {
    const words = paragraphWords(p).map((w) => ({ ...w, text: encodable(w.text, w.bold ? fonts.bold : fonts.regular) }));
    const heading = p.kind === 'heading' || p.kind === 'mark';
    const indent = layout.paragraphs === 'indent' && !heading && p.kind !== 'fields' && p.kind !== 'credential' ? layout.separation : 0;
    const lines = wrapWords(words, fonts, size, width - indent, width);
    // Headings get room above them in either style, as letters set them.
    if (heading && index > 0 && layout.paragraphs === 'indent') y -= leading / 2;
    lines.forEach((line, n) => {
      if (y < bottom) {
        page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
        y = top;
      }
      let x = margin + (n === 0 ? indent : 0);
      if (heading && layout.centerHeadings) {
        x = (PAGE_WIDTH - fonts.bold.widthOfTextAtSize(line.map((w) => w.text).join(' '), size)) / 2;
      }
      drawLine(page, line, x, y, fonts, size);
      y -= leading;
    });
    const next = paragraphs[index + 1];
    const sameBlock = (p.kind === 'fields' || p.kind === 'credential') && next?.kind === p.kind;
    if (layout.paragraphs === 'gap' && !sameBlock) y -= layout.separation;
  });

  const pages = doc.getPages();
  pages.forEach((pg, i) => {
    const text = footerText(layout.footer, i + 1, pages.length);
    const textWidth = fonts.regular.widthOfTextAtSize(text, size - 1);
    pg.drawText(text, { x: (PAGE_WIDTH - textWidth) / 2, y: margin / 2, size: size - 1, font: fonts.regular });
    if (layout.caseHeader && caseNumber) {
      pg.drawText(`IMR Case Number: ${caseNumber}`, { x: margin, y: PAGE_HEIGHT - margin, size: size - 1, font: fonts.regular });
    }
  });
  return doc.save({ useObjectStreams: true });
}
