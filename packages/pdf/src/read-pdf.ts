/**
 * Reads the text layer of a PDF with pdf.js, in this thread, without fonts or
 * network, and lays it out like the pdf-text variant. Never throws: a PDF that
 * cannot be read gives empty text and an error issue saying why.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitFurniture } from './furniture.js';
import { layoutPages } from './layout.js';
import { groupLines, runsFromItems, type Line } from './lines.js';

export interface PdfIssue {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface PdfText {
  /** The text layer, laid out like the pdf-text variant; `''` when it could not be read. */
  text: string;
  issues: PdfIssue[];
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use: pdf.js is large, and importing this package should stay cheap.
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const ENCRYPTED = 'Encrypted PDF; expected a PDF without a password (save an unprotected copy)';
const NO_TEXT = 'No text layer in PDF; expected selectable text (a scanned letter needs OCR first)';

async function pageLines(bytes: Uint8Array): Promise<Line[][]> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdf.js may take the buffer over; give it a copy so the caller's bytes stay intact.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    const doc = await task.promise;
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(groupLines(runsFromItems(content.items)));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** The text of a PDF letter, laid out like the pdf-text variant, and what went wrong reading it. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  let pages: Line[][];
  try {
    pages = await pageLines(bytes);
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e?.name === 'PasswordException') return { text: '', issues: [{ severity: 'error', message: ENCRYPTED }] };
    return { text: '', issues: [{ severity: 'error', message: `Unreadable PDF: ${e?.message ?? String(error)}` }] };
  }
  if (pages.every((lines) => lines.length === 0)) return { text: '', issues: [{ severity: 'error', message: NO_TEXT }] };
  const issues: PdfIssue[] = [];
  const empty = pages.filter((lines) => lines.length === 0).length;
  if (empty > 0) issues.push({ severity: 'warning', message: `No text layer on ${empty} of ${pages.length} pages; expected selectable text on every page` });
  return { text: layoutPages(splitFurniture(pages)), issues };
}
