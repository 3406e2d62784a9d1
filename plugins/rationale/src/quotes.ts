import type { Span } from '@imrkit/core';

const QUOTE = /["“”]/g;

/**
 * The quoted stretches of a span of the clean view, paragraph by paragraph:
 * text a reviewer quotes from a guideline or a note is not the reviewer's own
 * statement about the case. Straight quotes pair up in order; an unpaired
 * last quote is ignored.
 */
export function quoteRegions(text: string, [start, end]: Span): Span[] {
  const regions: Span[] = [];
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    let open: number | null = null;
    for (const match of text.slice(lineStart, lineEnd).matchAll(QUOTE)) {
      const at = lineStart + match.index;
      if (open === null && match[0] !== '”') open = at;
      else if (open !== null && match[0] !== '“') {
        regions.push([open, at + 1]);
        open = null;
      }
    }
    lineStart = lineEnd + 1;
  }
  return regions;
}

/** Whether offset `at` lies inside one of `regions`. */
export const insideAny = (regions: readonly Span[], at: number): boolean => regions.some(([s, e]) => at >= s && at < e);
