/**
 * Lays the lines of a PDF out as text the core's pdf-text view reads: every
 * visual line followed by an empty line, a line holding one space between
 * paragraphs, page breaks as a run of empty lines, and the page headers and
 * footers after the body, each a paragraph of its own.
 *
 * A new paragraph starts where the line spacing opens up, where a line is
 * indented past the one before it, or where the line before ended so short
 * that this line's first word would have fit on it (greedy wrapping would have
 * put it there), or where the text turns to or from capitals only (a heading).
 */
import type { PageLines } from './furniture.js';
import type { Line } from './lines.js';

/** A baseline gap this much wider than the usual one separates paragraphs. */
const GAP_FACTOR = 1.3;
/** An indent of this share of the font size starts a paragraph. */
const INDENT = 0.8;
/** The width of a space, as a share of the font size (Helvetica's is 0.278). */
const SPACE_WIDTH = 0.28;

const PARAGRAPH_BREAK = ' \n\n';
const PAGE_BREAK = '\n\n';

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

/** The most common value, rounded to whole points. */
function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && v < best)) best = v;
  return best;
}

interface Measures {
  /** The usual baseline-to-baseline distance. */
  pitch: number;
  /** The usual left edge of a line. */
  left: number;
  /** Where full lines end. */
  right: number;
  /** The middle of the text column. */
  middle: number;
}

function measure(pages: readonly Line[][]): Measures {
  const lines = pages.flat();
  const gaps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.length; i++) {
      const gap = (page[i - 1] as Line).y - (page[i] as Line).y;
      if (gap > 0 && gap < 3 * (page[i] as Line).size) gaps.push(gap);
    }
  }
  const left = mode(lines.map((l) => l.x)) ?? 0;
  return {
    pitch: median(gaps) ?? Infinity,
    left,
    right: quantile(lines.map((l) => l.right), 0.9) ?? 0,
    middle: (left + (quantile(lines.map((l) => l.right), 0.98) ?? 0)) / 2,
  };
}

/** A line in capitals only, with words enough not to be an abbreviation run: a heading. */
const isCapitals = (line: Line): boolean => !/\p{Ll}/u.test(line.text) && (line.text.match(/\p{Lu}/gu) ?? []).length >= 8 && /\S\s+\S/.test(line.text);

/** A line set in the middle of the column, away from its left edge (a heading). */
const isCentred = (line: Line, m: Measures): boolean => line.x > m.left + 1 && Math.abs((line.x + line.right) / 2 - m.middle) < line.size / 2;

/** True when `next` starts a paragraph; `samePage` says whether the spacing between them means anything. */
function startsParagraph(previous: Line, next: Line, m: Measures, samePage: boolean): boolean {
  if (samePage && previous.y - next.y > m.pitch * GAP_FACTOR) return true;
  const indent = INDENT * next.size;
  const room = SPACE_WIDTH * next.size + next.firstWordWidth + 0.5 * next.size;
  // Two centred lines (a long heading): the next one continues unless its first word would have fit.
  if (isCentred(previous, m) && isCentred(next, m)) {
    return previous.right - previous.x + room < m.right - m.left;
  }
  const lower = /\p{Ll}/u;
  if ((lower.test(previous.text) && isCapitals(next)) || (isCapitals(previous) && lower.test(next.text))) return true;
  if (next.x > m.left + indent && (!samePage || next.x > previous.x + indent)) return true;
  if (/\p{L}[-\u2010]$/u.test(previous.text)) return false;
  return previous.right + room < m.right;
}

/** The text of a PDF's pages, laid out like the pdf-text variant. */
export function layoutPages(pages: readonly PageLines[]): string {
  const bodies = pages.map((p) => p.body);
  const m = measure(bodies);
  let out = '';
  let previous: Line | undefined;
  bodies.forEach((lines, index) => {
    if (index > 0 && previous) out += PAGE_BREAK;
    lines.forEach((line, n) => {
      if (previous && startsParagraph(previous, line, m, n > 0)) out += PARAGRAPH_BREAK;
      out += `${line.text}\n\n`;
      previous = line;
    });
  });
  const furniture = pages.flatMap((p) => p.furniture);
  if (furniture.length > 0) out += PAGE_BREAK + furniture.map((line) => `${PARAGRAPH_BREAK}${line.text}\n\n`).join('');
  return out;
}
