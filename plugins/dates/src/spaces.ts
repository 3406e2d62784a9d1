// Outside ASCII a character is a space when `\s` (and so `trim`) says so.
const SPACE = /\s/;

/** Whether a UTF-16 code unit is white space or a line end, as `\s` and `String.prototype.trim` read it. */
export const isSpace = (code: number): boolean => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(String.fromCharCode(code)));

/** Whether [from, to) of `text` holds anything but spaces: `text.slice(from, to).trim() !== ''` without the copies. */
export function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** The number of words (runs of non-space characters) in [from, to) of `text`, counted in place. */
export function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
