/**
 * The HTML-to-tree step recurses once per open element, so 20,000 unclosed
 * `<div>`s overflow the stack. Real letters nest a few dozen elements at most;
 * past this bound the input is read as plain text.
 */
export const MAX_HTML_NESTING = 1000;

/** Elements that close only when closed: the ones hostile nesting is made of. */
const NESTING = new Set(['div', 'span', 'b', 'i', 'u', 'em', 'strong', 'blockquote', 'section', 'article', 'table', 'ul', 'ol', 'font', 'a', 'small', 'big', 'sub', 'sup', 'code', 'main', 'nav', 'aside', 'header', 'footer']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})\b[^<>]{0,2000}?(\/?)>/g;

/** Why an HTML input is nested too deeply to parse safely, or null when it is fine. */
export function htmlTooDeep(source: string): string | null {
  if (source.indexOf('<') < 0) return null;
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    const name = (match[2] as string).toLowerCase();
    if (!NESTING.has(name) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_HTML_NESTING) return `Unexpected HTML nesting deeper than ${MAX_HTML_NESTING} elements, expected a letter; read as plain text`;
  }
  return null;
}
