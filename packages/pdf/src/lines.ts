/**
 * Rebuilds visual lines from the positioned text runs of a PDF's text layer:
 * runs on one baseline (within a tolerance) form a line, read left to right,
 * with a space wherever the gap between two runs is wider than a glyph's slack.
 */
import { relativeWidth } from './glyph-widths.js';

/** One text run as pdf.js reports it, in page coordinates (y grows upwards). */
export interface Run {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size, in points. */
  size: number;
}

/** One visual line. */
export interface Line {
  text: string;
  /** Left edge of the first run. */
  x: number;
  /** Right edge of the last run. */
  right: number;
  y: number;
  size: number;
  /** Estimated width of the line's first word: greedy wrapping would have put it on the line before if it fit. */
  firstWordWidth: number;
}

/** Runs closer than this share of the font size vertically sit on one baseline (subscripts included). */
const BASELINE_TOLERANCE = 0.4;
/**
 * A horizontal gap wider than this share of the font size is a space (a space
 * is about 0.25 em; run widths from pdf.js's own font metrics can be off by a
 * point or so from the producer's).
 */
const SPACE_GAP = 0.1;

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

const isTextItem = (item: unknown): item is PdfTextItem =>
  typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);

/** The non-blank text runs of a page's text content items (marked-content items skipped). */
export function runsFromItems(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    runs.push({ text: item.str, x, y, width: item.width, size });
  }
  return runs;
}

function joinRuns(runs: Run[]): Line {
  runs.sort((p, q) => p.x - q.x);
  const first = runs[0] as Run;
  let text = '';
  let right = first.x;
  for (const run of runs) {
    const gap = run.x - right;
    if (text !== '' && gap > run.size * SPACE_GAP && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  const lead = /^\s*/.exec(first.text)?.[0] ?? '';
  const word = /^\S+/.exec(first.text.slice(lead.length))?.[0] ?? '';
  const scale = first.width / Math.max(1, relativeWidth(first.text));
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x: first.x + relativeWidth(lead) * scale,
    right,
    y: first.y,
    size: Math.max(...runs.map((r) => r.size)),
    firstWordWidth: relativeWidth(word) * scale,
  };
}

/** The lines of one page, top to bottom. */
export function groupLines(runs: readonly Run[]): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - run.y) <= BASELINE_TOLERANCE * Math.max(anchor.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map(joinRuns).filter((line) => line.text !== '');
}
