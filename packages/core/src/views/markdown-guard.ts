import { htmlTooDeep } from './html-guard.js';

/**
 * The markdown parser recurses once per nesting level and resolves emphasis and
 * links in time that grows with the square of a marker run, so a hostile input
 * (20,000 `>` in a row) overflows the stack or runs for minutes. Real letters
 * nest a few levels at most; past these bounds the input is read as plain text.
 */
export const MAX_MARKDOWN_NESTING = 32;
export const MAX_MARKER_RUN = 64;

/** Container markers (`>`, list bullets, ordered-list numbers) opening one line. */
function nestingOf(line: string): number {
  let depth = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line.charCodeAt(i);
    if (ch === 32 || ch === 9) {
      i++;
      continue;
    }
    // '>' always nests; '-', '*', '+' and 'N.' only when followed by a space.
    if (ch === 62) {
      depth++;
      i++;
      continue;
    }
    if ((ch === 45 || ch === 42 || ch === 43) && (line.charCodeAt(i + 1) === 32 || line.charCodeAt(i + 1) === 9)) {
      depth++;
      i += 2;
      continue;
    }
    let j = i;
    while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j > i && (line[j] === '.' || line[j] === ')') && (line.charCodeAt(j + 1) === 32 || line.charCodeAt(j + 1) === 9)) {
      depth++;
      i = j + 2;
      continue;
    }
    break;
  }
  return depth;
}

/** Why a markdown input is too deep to parse safely, or null when it is fine. */
export function markdownTooDeep(source: string): string | null {
  const html = htmlTooDeep(source);
  if (html) return html;
  let lineStart = 0;
  let run = 0;
  let runChar = -1;
  for (let i = 0; i <= source.length; i++) {
    const ch = i < source.length ? source.charCodeAt(i) : 10;
    if (ch === 10 || ch === 13) {
      if (i > lineStart && nestingOf(source.slice(lineStart, Math.min(i, lineStart + MAX_MARKDOWN_NESTING * 12))) > MAX_MARKDOWN_NESTING) {
        return `Unexpected markdown nesting deeper than ${MAX_MARKDOWN_NESTING} levels, expected a letter; read as plain text`;
      }
      lineStart = i + 1;
    }
    // Runs of emphasis, link and code markers: '*', '_', '[', ']', '`', '~', '<'.
    if (ch === 42 || ch === 95 || ch === 91 || ch === 93 || ch === 96 || ch === 126 || ch === 60) {
      run = ch === runChar ? run + 1 : 1;
      runChar = ch;
      if (run > MAX_MARKER_RUN) return `Unexpected run of over ${MAX_MARKER_RUN} "${String.fromCharCode(ch)}" markers, expected a letter; read as plain text`;
    } else {
      run = 0;
      runChar = -1;
    }
  }
  return null;
}
