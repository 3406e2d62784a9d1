import type { Span } from '@imrkit/core';
import { grammarData } from './label-grammar.js';
import type { SpanSet } from './span-set.js';

interface Token {
  text: string;
  span: Span;
}

const edgeWords = new Set(grammarData.edgeWords);
const PUNCTUATION_ONLY = /^[^a-z0-9]+$/i;
const LEADING_JUNK = /^[,;:.\-–/+&)\]]+/;
const TRAILING_JUNK = new Set([...',;:.-–/+&([']);
const TRAILING_STOPS = new Set([...',;:']);

// A run anchored at the end (`/[,;]+$/`) is retried from every position: quadratic.
// Counting back from the end is linear.
function trailingRun(text: string, chars: ReadonlySet<string>): number {
  let n = 0;
  while (n < text.length && chars.has(text[text.length - 1 - n] as string)) n++;
  return n;
}

const SPACE = /\s/;
/** `\s`, without a regex call for printable ASCII, which is never a space. */
const isSpace = (code: number): boolean => (code > 32 && code < 127 ? false : SPACE.test(String.fromCharCode(code)));

/** The words of a label that no reader claimed, with their spans; a claimed span splits a word. */
function keptTokens(label: string, dropped: SpanSet): Token[] {
  const tokens: Token[] = [];
  const claimed = dropped.coverage(label.length);
  let start = -1;
  for (let i = 0; i <= label.length; i++) {
    const kept = i < label.length && !isSpace(label.charCodeAt(i)) && claimed[i] === 0;
    if (kept && start < 0) start = i;
    if (!kept && start >= 0) {
      tokens.push({ text: label.slice(start, i), span: [start, i] });
      start = -1;
    }
  }
  return tokens;
}

const isEdgeJunk = (token: Token): boolean => PUNCTUATION_ONLY.test(token.text) || edgeWords.has(token.text.toLowerCase());

/** Trims a token's leading or trailing punctuation, moving its span with it. */
function trimToken(token: Token, atStart: boolean): Token {
  const cut = atStart ? (LEADING_JUNK.exec(token.text)?.[0].length ?? 0) : trailingRun(token.text, TRAILING_JUNK);
  if (cut === 0) return token;
  const [s, e] = token.span;
  return atStart ? { text: token.text.slice(cut), span: [s + cut, e] } : { text: token.text.slice(0, -cut), span: [s, e - cut] };
}

/** How many times `char` occurs in `text`. */
function occurrences(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Drops brackets left without a partner once their content was read ("TENS unit (indefinite)"). */
function tidy(name: string): string {
  let out = name
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    // `(?<!\s)` starts each match at the beginning of a space run, keeping these linear.
    .replace(/(?<!\s)\s*,(?:\s*,)+/g, ',')
    .replace(/(?<!\s)\s+([,;)\]])/g, '$1')
    .replace(/(?<!\s)\s*\/\s*/g, '/')
    .replace(/([(\[])\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
    if (occurrences(out, open) !== occurrences(out, close)) out = out.split(open).join('').split(close).join('');
  }
  return out.slice(0, out.length - trailingRun(out, TRAILING_STOPS)).trim();
}

/**
 * The item name: the label's words that no reader claimed (quantity, strength,
 * refills, frequency, fillers...), lowercase, without connectors or
 * punctuation left at either end.
 */
export function itemName(label: string, dropped: SpanSet): { name: string; span: Span } | null {
  let tokens = keptTokens(label, dropped);
  while (tokens.length > 0 && isEdgeJunk(tokens[0] as Token)) tokens = tokens.slice(1);
  while (tokens.length > 0 && isEdgeJunk(tokens[tokens.length - 1] as Token)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return null;
  tokens[0] = trimToken(tokens[0] as Token, true);
  tokens[tokens.length - 1] = trimToken(tokens[tokens.length - 1] as Token, false);
  const name = tidy(tokens.map((t) => t.text).join(' ').toLowerCase());
  if (name === '') return null;
  return { name, span: [(tokens[0] as Token).span[0], (tokens[tokens.length - 1] as Token).span[1]] };
}
