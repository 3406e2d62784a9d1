import type { Cursor } from './cursor.js';
import type { Read } from './read-source-head.js';

const PAGE = /(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?(?![\d.]\d)/dy;
// `\s*` sits inside each branch: before `\s+` it backtracked over every split of a run of spaces (quadratic).
const NEXT_PAGE = /(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?=\d)/iy;
/** A range longer than this is a misreading, not a span of guideline pages. */
const MAX_RANGE = 400;

/**
 * The pages of a range, both ends included. An abbreviated end takes the
 * start's leading digits ("111-13" is 111 to 113).
 */
export function expandRange(first: number, last: number): number[] {
  let end = last;
  if (end < first) {
    const digits = String(last).length;
    end = Number(String(first).slice(0, String(first).length - digits) + String(last));
  }
  if (end < first || end - first > MAX_RANGE) return [first];
  return Array.from({ length: end - first + 1 }, (_, i) => first + i);
}

/** Reads a page list after its marker: "63-66", "49, 74-96", "78 and 124"; each page located at its number or range. */
export function readPages(cursor: Cursor): Read<number>[] {
  const pages: Read<number>[] = [];
  for (;;) {
    const token = cursor.take(PAGE);
    if (!token) return pages;
    const [first, last] = token.groups;
    const numbers = last ? expandRange(Number(first?.text), Number(last.text)) : [Number(first?.text)];
    const rule = last ? 'citations/pages-range' : 'citations/pages-single';
    for (const value of numbers) pages.push({ value, span: token.span, rule });
    if (!cursor.take(NEXT_PAGE)) return pages;
  }
}
