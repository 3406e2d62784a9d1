export { hashString, mulberry32, Rng, type Seed } from './random.js';
export { findRepoRoot, isFurniture, loadStructure, type Structure } from './templates.js';
export { classifyParagraphs, findCaseNumber, splitParagraphs, type Paragraph, type ParagraphKind } from './classify.js';
export { hyphenPrefix, wrapParagraph, type WrapOptions, type WrappedLine } from './wrap.js';
export {
  layoutPdfText,
  MAX_PAGE_LINES,
  MAX_WIDTH,
  MIN_PAGE_LINES,
  MIN_WIDTH,
  pdfTextLayout,
  renderPdfText,
  type PdfTextLayout,
  type Row,
} from './pdf-text.js';
export { escapeInline, escapeParagraph, renderMarkdown } from './markdown.js';
export { escapeHtml, renderHtml } from './html.js';
export {
  ALL_VARIANTS_SHARE,
  carriesPdf,
  chooseVariants,
  GENERATED_VARIANTS,
  PDF_FILE,
  PDF_SHARE,
  renderPdfVariant,
  renderVariants,
  VARIANT_FILES,
  type GeneratedVariant,
  type RenderedVariants,
  type RenderOptions,
} from './render.js';
export { drawPdfLayout, renderPdf, type PdfLayout } from './pdf.js';
export { unwrapPdfText } from './unwrap.js';
export { DEFAULT_DIRS, findLetterFolders, resolveDir } from './letters.js';
export { syncLetter, type LetterResult } from './sync.js';
