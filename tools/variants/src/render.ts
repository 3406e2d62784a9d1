/**
 * The public operation: a plain letter in, its three generated layouts out,
 * and which of them a letter of the corpus carries.
 */
import { classifyParagraphs, splitParagraphs } from './classify.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';
import { renderPdfText } from './pdf-text.js';
import { Rng, type Seed } from './random.js';
import { loadStructure, type Structure } from './templates.js';

/** The layouts this package generates. */
export type GeneratedVariant = 'pdf-text' | 'markdown' | 'html';

export const GENERATED_VARIANTS: readonly GeneratedVariant[] = ['pdf-text', 'markdown', 'html'];

/** The file each generated variant is written to, beside plain.txt. */
export const VARIANT_FILES: Readonly<Record<GeneratedVariant, string>> = {
  'pdf-text': 'pdf-text.txt',
  markdown: 'markdown.md',
  html: 'html.html',
};

export interface RenderOptions {
  /** The letter's seed, usually its id (the folder name). */
  seed: Seed;
  /** The letter structure; read from templates.json when left out. */
  structure?: Structure;
}

export type RenderedVariants = Record<GeneratedVariant, string>;

/** Renders every generated layout of a plain letter; the same seed always gives the same bytes. */
export function renderVariants(plainText: string, options: RenderOptions): RenderedVariants {
  const paragraphs = classifyParagraphs(splitParagraphs(plainText), options.structure ?? loadStructure());
  return {
    'pdf-text': renderPdfText(paragraphs, plainText, options.seed),
    markdown: renderMarkdown(paragraphs, options.seed),
    html: renderHtml(paragraphs, options.seed),
  };
}

/** Share of letters that carry all four layouts; the others carry plain plus one or two. */
export const ALL_VARIANTS_SHARE = 0.85;

/** The generated layouts a letter carries besides plain.txt, drawn from its seed. */
export function chooseVariants(seed: Seed): GeneratedVariant[] {
  const rng = new Rng(seed, 'choice');
  if (rng.float() < ALL_VARIANTS_SHARE) return [...GENERATED_VARIANTS];
  const count = rng.chance(0.5) ? 1 : 2;
  const chosen = new Set(rng.shuffle(GENERATED_VARIANTS).slice(0, count));
  return GENERATED_VARIANTS.filter((v) => chosen.has(v));
}

/** The file the pdf variant is written to, beside plain.txt. */
export const PDF_FILE = 'pdf.pdf';

/** Share of letters that also carry a PDF (drawn on its own, so the text layouts' choice is unchanged). */
export const PDF_SHARE = 0.3;

/** Renders the letter as a PDF file; the same seed always gives the same bytes. */
export async function renderPdfVariant(plainText: string, options: RenderOptions): Promise<Uint8Array> {
  const paragraphs = classifyParagraphs(splitParagraphs(plainText), options.structure ?? loadStructure());
  return renderPdf(paragraphs, plainText, options.seed);
}

/** True when the letter of this seed carries a PDF. */
export function carriesPdf(seed: Seed): boolean {
  return new Rng(seed, 'choice-pdf').float() < PDF_SHARE;
}
