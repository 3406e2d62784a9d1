/**
 * Relative glyph widths (Helvetica's, in thousandths of an em) for printable
 * ASCII. pdf.js reports the width of a whole run only; these proportions split
 * it, to estimate how wide the run's first word is. Other sans fonts have
 * similar proportions; a glyph not listed counts as a digit.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];

const DEFAULT_WIDTH = 556;

/** The relative width of a text, in thousandths of an em. */
export function relativeWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ASCII_WIDTHS[(ch.codePointAt(0) ?? 0) - 32] ?? DEFAULT_WIDTH;
  return width;
}
