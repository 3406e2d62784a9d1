import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { carriesPdf, chooseVariants, PDF_SHARE, renderPdfVariant } from '../src/index.js';
import { fixture, fixtureNames } from './helpers.js';

describe('renderPdfVariant', () => {
  it('gives the same bytes for the same seed, and small files', async () => {
    for (const name of fixtureNames()) {
      const { plain, id } = fixture(name);
      const a = await renderPdfVariant(plain, { seed: id });
      const b = await renderPdfVariant(plain, { seed: id });
      expect(Buffer.compare(a, b)).toBe(0);
      expect(a.length).toBeLessThan(40_000);
    }
  });

  it('writes a PDF with fixed dates and producer, wrapped over pages', async () => {
    const { plain } = fixture('fd-long');
    const doc = await PDFDocument.load(await renderPdfVariant(plain, { seed: 'fd-long' }), { updateMetadata: false });
    expect(doc.getPageCount()).toBeGreaterThan(1);
    expect(doc.getProducer()).toBe('@imrkit/variants');
    expect(doc.getCreationDate()?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });

  it('draws a different layout for another seed', async () => {
    const { plain } = fixture('fd-long');
    const sizes = new Set<number>();
    for (let i = 0; i < 6; i++) sizes.add((await renderPdfVariant(plain, { seed: `seed-${i}` })).length);
    expect(sizes.size).toBeGreaterThan(1);
  });
});

describe('carriesPdf', () => {
  it('gives about 30% of letters a PDF, drawn apart from the text layouts', () => {
    const n = 4000;
    let withPdf = 0;
    const choices = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const seed = `letter-${i}`;
      if (carriesPdf(seed)) withPdf++;
      const key = `${carriesPdf(seed)}:${chooseVariants(seed).length}`;
      choices.set(key, (choices.get(key) ?? 0) + 1);
    }
    expect(withPdf / n).toBeGreaterThan(PDF_SHARE - 0.03);
    expect(withPdf / n).toBeLessThan(PDF_SHARE + 0.03);
    // Independent draws: letters with a PDF carry all three text layouts about as often as the others.
    const allWith = (choices.get('true:3') ?? 0) / withPdf;
    const allWithout = (choices.get('false:3') ?? 0) / (n - withPdf);
    expect(Math.abs(allWith - allWithout)).toBeLessThan(0.05);
  });
});
