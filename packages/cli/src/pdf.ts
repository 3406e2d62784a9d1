import type { Severity } from '@imrkit/core';

/** What `@imrkit/pdf`'s `readPdf` returns: the text layer laid out like pdf-text, and what went wrong. */
export interface PdfText {
  text: string;
  issues: { severity: Severity; message: string }[];
}

type ReadPdf = (bytes: Uint8Array) => Promise<PdfText>;

let reader: Promise<ReadPdf | null> | undefined;

/** Loads `@imrkit/pdf` on first use, so text-only batches never pay for pdf.js. */
async function loadReader(): Promise<ReadPdf | null> {
  const name = '@imrkit/pdf';
  try {
    const module = (await import(name)) as { readPdf?: ReadPdf };
    return typeof module.readPdf === 'function' ? module.readPdf : null;
  } catch {
    return null;
  }
}

/** Reads a PDF's text with `@imrkit/pdf`; an error issue when that package is not available. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  reader ??= loadReader();
  const readPdf = await reader;
  if (!readPdf) return { text: '', issues: [{ severity: 'error', message: 'No PDF reader found; expected the @imrkit/pdf package to be built' }] };
  return readPdf(bytes);
}
