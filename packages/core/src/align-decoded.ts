/**
 * Maps each character of a parser's decoded text value back to the source slice
 * it came from. Parsers decode entities (`&amp;`) and escapes (`\*`), so a text
 * node's value is not always the source verbatim; this walks both in step.
 */
const ENTITY = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

export function alignDecoded(value: string, source: string, base: number): (i: number) => number {
  const offsets = new Int32Array(value.length);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const entity = source[j] === '&' ? ENTITY.exec(source.slice(j, j + 34)) : null;
    if (entity && !(ch === '&' && entity[0] === '&')) {
      offsets[i] = base + j;
      // Astral characters decode to two code units from one entity.
      const code = value.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) offsets[++i] = base + j;
      j += entity[0].length;
      continue;
    }
    if (j < source.length && source[j] === ch) {
      offsets[i] = base + j++;
      continue;
    }
    if (source[j] === '\\' && source[j + 1] === ch) {
      offsets[i] = base + j + 1;
      j += 2;
      continue;
    }
    if (source[j] === '\r' && ch === '\n') {
      offsets[i] = base + j + 1;
      j += 2;
      continue;
    }
    offsets[i] = base + Math.min(j, Math.max(0, source.length - 1));
    j++;
  }
  return (i) => offsets[i] ?? base;
}
