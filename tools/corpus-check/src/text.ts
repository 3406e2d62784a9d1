/**
 * A letter's text in any layout, flattened for mechanical look-ups: markup and
 * page furniture dropped, entities decoded, whitespace collapsed.
 */
import type { Structure } from './repo.js';

export type LetterVariant = 'plain' | 'pdf-text' | 'markdown' | 'html';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** The letter's words in reading order, one space between them. */
export function flatten(text: string, variant: LetterVariant, structure: Structure): string {
  let out = text;
  if (variant === 'pdf-text') {
    out = out
      .split(/\r?\n/)
      .filter((line) => !structure.furniture.some((re) => re.test(line.trim())))
      .join('\n');
  } else if (variant === 'markdown') {
    out = out
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/\*\*|__/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1');
    out = decodeEntities(out);
  } else if (variant === 'html') {
    out = out
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    out = decodeEntities(out);
  }
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whitespace removed: the key for whitespace-insensitive look-ups. */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0]+/g, '');
}
