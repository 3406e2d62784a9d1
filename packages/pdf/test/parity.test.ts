/**
 * A PDF of a letter must score like the letter's pdf-text variant: readPdf, the
 * core and every registered plugin, scored by the corpus runner, within 0.01 on
 * every metric of every plugin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPdfVariant, renderVariants } from '@imrkit/variants';
import { describe, expect, it } from 'vitest';
import { corpusLetters, extractPdf, extractText, largestDifference, score, type CorpusLetter } from './helpers.js';

const TOLERANCE = 0.01;

async function compare(letters: readonly { letter: CorpusLetter; seed: string; pdf: Uint8Array }[]): Promise<Record<string, number>> {
  const fromPdf = [];
  const fromText = [];
  for (const { letter, seed, pdf } of letters) {
    fromPdf.push({ golden: letter.golden, record: await extractPdf(`${letter.id}/pdf.pdf`, pdf) });
    const text = renderVariants(letter.plain, { seed })['pdf-text'];
    fromText.push({ golden: letter.golden, record: await extractText(`${letter.id}/pdf-text.txt`, text, 'pdf-text') });
  }
  return largestDifference(score(fromPdf), score(fromText));
}

describe('PDFs generated from corpus/dev letters', () => {
  it('score like their pdf-text variant under several page layouts', async () => {
    const letters = [];
    for (const letter of corpusLetters('dev')) {
      for (const seed of [letter.id, `${letter.id}#2`, `${letter.id}#3`]) {
        letters.push({ letter, seed, pdf: await renderPdfVariant(letter.plain, { seed }) });
      }
    }
    expect(letters.length).toBeGreaterThan(0);
    const differences = await compare(letters);
    expect(Object.entries(differences).filter(([, difference]) => difference > TOLERANCE)).toEqual([]);
  });
});

describe('the pdf.pdf files of the corpus', () => {
  for (const split of ['dev', 'test']) {
    const letters = corpusLetters(split)
      .filter((letter) => existsSync(join(letter.dir, 'pdf.pdf')))
      .map((letter) => ({ letter, seed: letter.id, pdf: new Uint8Array(readFileSync(join(letter.dir, 'pdf.pdf'))) }));
    it.runIf(letters.length > 0)(`score like their pdf-text variant (corpus/${split})`, async () => {
      const differences = await compare(letters);
      console.info(`corpus/${split}: ${letters.length} PDFs; largest difference per plugin from pdf-text: ${JSON.stringify(differences)}`);
      expect(Object.entries(differences).filter(([, difference]) => difference > TOLERANCE)).toEqual([]);
    });
  }
});
