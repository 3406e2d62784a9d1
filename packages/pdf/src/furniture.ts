/**
 * Finds page headers and footers by position: a line near the top or bottom of
 * a page that recurs at the same height, with the same text up to its digits
 * (page numbers), on at least half of the pages (two at least).
 */
import type { Line } from './lines.js';

/** How many lines at each end of a page may be a header or footer. */
const EDGE_LINES = 2;
/** Same height, in points. */
const Y_TOLERANCE = 3;

const shape = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

const edges = (lines: readonly Line[]): Line[] => [...lines.slice(0, EDGE_LINES), ...lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES))];

export interface PageLines {
  /** The page's text, top to bottom, headers and footers removed. */
  body: Line[];
  /** Its headers and footers, top to bottom. */
  furniture: Line[];
}

/** Splits every page's lines (top to bottom) into body and furniture. */
export function splitFurniture(pages: readonly Line[][]): PageLines[] {
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const candidates = pages.map(edges);
  const recurs = (line: Line): boolean =>
    candidates.filter((others) => others.some((o) => shape(o.text) === shape(line.text) && Math.abs(o.y - line.y) <= Y_TOLERANCE)).length >= needed;
  return pages.map((lines, i) => {
    const furniture = new Set((candidates[i] ?? []).filter(recurs));
    return { body: lines.filter((l) => !furniture.has(l)), furniture: lines.filter((l) => furniture.has(l)) };
  });
}
