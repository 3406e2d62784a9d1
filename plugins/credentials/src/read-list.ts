import { readDataFile, type Span } from '@imrkit/core';
import type { Lexicon } from './lexicon.js';

/** A name read from a list: its canonical value (null when the lexicon does not know it) and where it was printed. */
export interface ListEntry<T> {
  value: T | null;
  /** The words as printed. */
  text: string;
  span: Span;
  /**
   * How the name matched: exactly, within a few edits, by borrowing the last
   * word(s) of a later name ("Preventive and Occupational Medicine": Preventive
   * Medicine), or not at all.
   */
  match: 'exact' | 'nearest' | 'elided' | 'unknown';
}

type TokenKind = 'word' | 'and' | 'comma';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

const { listConnectors } = readDataFile<{ listConnectors: string[] }>(import.meta.url, '../data/credential-cues.json');
// Connectors of several words ("as well as") are matched word by word, longest first.
const CONNECTORS = listConnectors.map((c) => c.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
// Words keep inner punctuation ("D.C.", "PM&R", "Maternal-Fetal"); a slash, comma, semicolon or a dash standing alone separates.
const TOKEN = /[,;/]|[^\s,;/]+/g;
const SEPARATORS = new Set([',', ';', '/']);
const DASHES = new Set(['-', '–', '—']);
const NAME_CONNECTORS = new Set(['and', '&', 'of', 'the', 'for', '-', '/']);
// Words that resume running text after a list ("... and is licensed", "HE/SHE HAS"), even printed in capitals.
const RUNNING_TEXT = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'holds', 'he', 'she', 'they', 'who', 'which', 'also']);
const MAX_NAME_WORDS = 6;

const WORD_OPENERS = new Set(['(', '"', "'", '“', '[']);
const WORD_END = new Set(['.', ')', '"', "'", '”', ':', ']']);
const INITIAL = /\.\p{Lu}$/u;

/**
 * Drops brackets, quotes, a colon and a final period from a word's end; the period
 * of an initial ("D.C.") stays. A scan, since an end-anchored run backtracks quadratically.
 */
function trimWordEnd(word: string): string {
  let end = word.length;
  while (end > 0 && WORD_END.has(word[end - 1] as string)) end--;
  while (end < word.length && INITIAL.test(word.slice(Math.max(0, end - 2), end))) end++;
  return word.slice(0, end);
}

/** A word made of dashes only: a separator. */
function isDashRun(word: string): boolean {
  for (const ch of word) if (!DASHES.has(ch)) return false;
  return word !== '';
}

function tokenize(text: string, [from, to]: Span): Token[] {
  // Each word lower-cased once: every connector is compared with it. Character tests, not small patterns: this runs for every word of a list.
  const raw: { word: string; lower: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  const segment = text.slice(from, to);
  for (let m = TOKEN.exec(segment); m; m = TOKEN.exec(segment)) {
    let lead = 0;
    while (lead < m[0].length && WORD_OPENERS.has(m[0][lead] as string)) lead++;
    const word = trimWordEnd(m[0].slice(lead));
    if (word === '') continue;
    const start = from + m.index + lead;
    raw.push({ word, lower: word.toLowerCase(), start, end: start + word.length });
  }
  const tokens: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    const connector = CONNECTORS.find((c) => c.every((w, k) => raw[i + k]?.lower === w));
    if (connector) {
      tokens.push({ kind: 'and', start: (raw[i] as (typeof raw)[number]).start, end: (raw[i + connector.length - 1] as (typeof raw)[number]).end });
      i += connector.length;
      continue;
    }
    const { word, start, end } = raw[i] as (typeof raw)[number];
    tokens.push({ kind: SEPARATORS.has(word) || isDashRun(word) ? 'comma' : 'word', start, end });
    i++;
  }
  return tokens;
}

/** A run of words printed like a proper name: capitalised words and connectors, no digits, not too long, not running text. */
function looksLikeName(words: string[]): boolean {
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (words.some((w) => RUNNING_TEXT.has(w.toLowerCase()))) return false;
  return words.every((w) => !/\d/.test(w) && (/^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()))) && words.some((w) => /^\p{Lu}/u.test(w));
}

/** The longest run of tokens from `i`, ending on a word, whose printed text `lookup` knows. */
function longestMatch<T>(text: string, tokens: Token[], i: number, reach: number, lookup: (printed: string) => T | null): { value: T; j: number } | null {
  for (let j = Math.min(tokens.length - 1, i + reach); j >= i; j--) {
    if ((tokens[j] as Token).kind !== 'word') continue;
    const value = lookup(text.slice((tokens[i] as Token).start, (tokens[j] as Token).end));
    if (value !== null) return { value, j };
  }
  return null;
}

/**
 * An unknown name followed by known ones may have left out their last word(s):
 * "Preventive and Occupational Medicine", "North and South Carolina". The first
 * known later name whose tail completes it gives its value.
 */
function resolveElided<T>(entries: ListEntry<T>[], lexicon: Lexicon<T>): void {
  entries.forEach((entry, x) => {
    if (entry.match !== 'unknown') return;
    for (const later of entries.slice(x + 1)) {
      if (later.match === 'unknown') continue;
      const words = later.text.split(/\s+/);
      for (let m = 1; m < words.length; m++) {
        const value = lexicon.exact(`${entry.text} ${words.slice(-m).join(' ')}`);
        if (value === null) continue;
        entries[x] = { ...entry, value, match: 'elided' };
        return;
      }
    }
  });
}

/**
 * Reads the names of a list ("Neurology, Neuromuscular Medicine", "Texas and
 * California") in `span` of `text`. Separators are commas, semicolons, slashes,
 * lone dashes and the list connectors ("and", "&", "or", "as well as"), except
 * inside a name the lexicon knows ("Physical Medicine & Rehabilitation",
 * "Endocrinology, Diabetes and Metabolism"): the longest known name wins. Words
 * the lexicon ignores ("the State of", "Board Certified") are skipped. A piece
 * the lexicon does not know exactly is matched within a few edits; failing that
 * it is returned as unknown if it is printed like a name, and otherwise the list
 * has ended ("... and is licensed").
 */
export function readList<T>(text: string, span: Span, lexicon: Lexicon<T>): ListEntry<T>[] {
  const tokens = tokenize(text, span);
  const reach = lexicon.longestName * 2;
  const entries: ListEntry<T>[] = [];
  const push = (i: number, j: number, value: T | null, match: ListEntry<T>['match']): void => {
    const s = (tokens[i] as Token).start;
    const e = (tokens[j] as Token).end;
    entries.push({ value, text: text.slice(s, e), span: [s, e], match });
  };
  let i = 0;
  while (i < tokens.length) {
    if ((tokens[i] as Token).kind !== 'word') {
      i++;
      continue;
    }
    const exact = longestMatch(text, tokens, i, reach, lexicon.exact);
    if (exact) {
      push(i, exact.j, exact.value, 'exact');
      i = exact.j + 1;
      continue;
    }
    if (lexicon.ignores(text.slice((tokens[i] as Token).start, (tokens[i] as Token).end))) {
      i++;
      continue;
    }
    const near = longestMatch(text, tokens, i, reach, lexicon.nearest);
    if (near) {
      push(i, near.j, near.value, 'nearest');
      i = near.j + 1;
      continue;
    }
    let k = i;
    while (k < tokens.length && (tokens[k] as Token).kind === 'word') k++;
    const words = tokens.slice(i, k).map((t) => text.slice(t.start, t.end));
    if (!looksLikeName(words)) break;
    push(i, k - 1, null, 'unknown');
    i = k;
  }
  resolveElided(entries, lexicon);
  return entries;
}
