import type { Span } from '@imrkit/core';
import type { Lexicon } from './lexicon.js';

/** A name read from a list: its canonical value (null when the lexicon does not know it) and where it was printed. */
export interface ListEntry<T> {
  value: T | null;
  /** The words as printed. */
  text: string;
  span: Span;
  /** How the name matched: exactly, within a few edits, or not at all. */
  match: 'exact' | 'nearest' | 'unknown';
}

type TokenKind = 'word' | 'and' | 'comma';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

// Words keep inner punctuation ("D.C.", "PM&R", "Maternal-Fetal", "OB/GYN"); brackets and a final period are not part of a word.
const TOKEN = /[,;]|[^\s,;]+/g;
// Words between the names of a list; "the" is one so that "the District of Columbia" reads as the district.
const LIST_WORDS = new Set(['and', '&', 'or', 'the']);
const NAME_CONNECTORS = new Set(['and', '&', 'of', 'the', 'in', 'with', 'for', '-', '/']);
const MAX_NAME_WORDS = 6;

function tokenize(text: string, [from, to]: Span): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const segment = text.slice(from, to);
  for (let m = TOKEN.exec(segment); m; m = TOKEN.exec(segment)) {
    const raw = m[0];
    if (raw === ',' || raw === ';') {
      tokens.push({ kind: 'comma', start: from + m.index, end: from + m.index + 1 });
      continue;
    }
    const lead = raw.length - raw.replace(/^[("'“]+/, '').length;
    const trimmed = raw.replace(/^[("'“]+/, '').replace(/(?<!\.\p{Lu})[.)"'”:]+$/u, '');
    if (trimmed === '') continue;
    const start = from + m.index + lead;
    tokens.push({ kind: LIST_WORDS.has(trimmed.toLowerCase()) ? 'and' : 'word', start, end: start + trimmed.length });
  }
  return tokens;
}

/** A run of words printed like a proper name: capitalised words and connectors, no digits, not too long. */
function looksLikeName(words: string[]): boolean {
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  return words.every((w) => !/\d/.test(w) && (/^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()))) && words.some((w) => /^\p{Lu}/u.test(w));
}

/**
 * Reads the names of a list ("Neurology, Neuromuscular Medicine", "Texas and
 * California") in `span` of `text`. Separators are commas, semicolons, "and",
 * "&" and "or", except inside a name the lexicon knows ("Physical Medicine &
 * Rehabilitation", "Endocrinology, Diabetes and Metabolism"): the longest known
 * name wins. A piece the lexicon does not know exactly is matched within a few
 * edits; failing that it is returned as unknown if it is printed like a name,
 * and otherwise the list has ended ("... and is licensed").
 */
export function readList<T>(text: string, span: Span, lexicon: Lexicon<T>): ListEntry<T>[] {
  const tokens = tokenize(text, span);
  const words = (i: number, j: number): string[] => tokens.slice(i, j + 1).filter((t) => t.kind !== 'comma').map((t) => text.slice(t.start, t.end));
  const entries: ListEntry<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    if ((tokens[i] as Token).kind !== 'word') {
      i++;
      continue;
    }
    let matched = false;
    for (let j = Math.min(tokens.length - 1, i + lexicon.longestName * 2); j >= i && !matched; j--) {
      if ((tokens[j] as Token).kind !== 'word') continue;
      const value = lexicon.exact(words(i, j).join(' '));
      if (value === null) continue;
      const s = (tokens[i] as Token).start;
      const e = (tokens[j] as Token).end;
      entries.push({ value, text: text.slice(s, e), span: [s, e], match: 'exact' });
      i = j + 1;
      matched = true;
    }
    if (matched) continue;
    let k = i;
    while (k < tokens.length && (tokens[k] as Token).kind === 'word') k++;
    const s = (tokens[i] as Token).start;
    const e = (tokens[k - 1] as Token).end;
    const piece = text.slice(s, e);
    const value = lexicon.nearest(piece);
    if (value !== null) entries.push({ value, text: piece, span: [s, e], match: 'nearest' });
    else if (looksLikeName(words(i, k - 1))) entries.push({ value: null, text: piece, span: [s, e], match: 'unknown' });
    else break;
    i = k;
  }
  return entries;
}
