/** Small PDFs built with pdf-lib for the edge cases: runs, gaps, furniture, encryption, no text. */
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';

export interface Placed {
  text: string;
  x: number;
  y: number;
  bold?: boolean;
  size?: number;
}

/** One PDF page per list of placed texts (US Letter, Helvetica). */
export async function placedPdf(pages: readonly (readonly Placed[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const texts of pages) {
    const page = doc.addPage([612, 792]);
    for (const t of texts) page.drawText(t.text, { x: t.x, y: t.y, size: t.size ?? 11, font: t.bold ? bold : regular });
  }
  return doc.save();
}

/**
 * A PDF that needs a user password: a standard security handler whose check
 * values match no empty password, which is all a reader needs to refuse it.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([612, 792]).drawText('Case Number: CM15-0027300', { x: 72, y: 700, size: 11, font });
  const check = PDFHexString.of('5a'.repeat(32));
  const encrypt = doc.context.obj({ Filter: PDFName.of('Standard'), V: 1, R: 2, Length: 40, P: -44, O: check, U: check });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('00112233445566778899aabbccddeeff'), PDFHexString.of('00112233445566778899aabbccddeeff')]);
  return doc.save({ useObjectStreams: false });
}

/** A scan: pages with drawings and no text at all. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    const page = doc.addPage([612, 792]);
    for (let y = 700; y > 100; y -= 20) page.drawRectangle({ x: 72, y, width: 400, height: 8 });
  }
  return doc.save();
}
