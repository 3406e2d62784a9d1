import { isSpace, type Cursor } from './cursor.js';
import { lexicon } from './lexicon.js';

/**
 * How two pieces of a guideline line are joined. Only a `sentence` end can be
 * followed by prose (the professional-review template explains its choice of
 * sources right after them); `intro` is a "Decision based on" with no period before it.
 */
export type SeparatorKind = 'comma' | 'semicolon' | 'colon' | 'sentence' | 'intro';

export interface Separator {
  kind: SeparatorKind;
  end: number;
}

interface SeparatorPattern {
  kind: SeparatorKind;
  pattern: RegExp;
}

let cached: { separators: SeparatorPattern[]; stops: RegExp[] } | undefined;

function compile(): { separators: SeparatorPattern[]; stops: RegExp[] } {
  const separators: SeparatorPattern[] = [
    { kind: 'comma', pattern: /\s*,\s*and\s+(?!\d)/iy },
    { kind: 'comma', pattern: /\s*,\s*/y },
    { kind: 'semicolon', pattern: /\s*;\s*/y },
    { kind: 'colon', pattern: /\s*:\s+/y },
    { kind: 'sentence', pattern: /\s*\.(?:\s+(?=[A-Z("'])|\s*$)/y },
    { kind: 'intro', pattern: new RegExp(`\\s+(?=${lexicon().decisionBasedOn.source})`, 'iy') },
  ];
  // A topic also ends where its page list starts: "Opioids Page(s): 74-96".
  const pageStart = new RegExp(`\\s+(?=${lexicon().pageMarker.source})`, 'iy');
  const stops = [...separators.map((s) => s.pattern), pageStart];
  // Only whether some stop matches counts, so the stops are joined into one pattern per case-sensitivity.
  return { separators, stops: [anyOf(stops.filter((p) => !p.ignoreCase), 'y'), anyOf(stops.filter((p) => p.ignoreCase), 'iy')] };
}

/** One sticky pattern that matches at a position where any of `patterns` does. */
const anyOf = (patterns: RegExp[], flags: string): RegExp => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);

function patterns(): { separators: SeparatorPattern[]; stops: RegExp[] } {
  cached ??= compile();
  return cached;
}

// Every separator and stop opens with a space or with its mark, so no other character can start one.
// Checked once per character of a piece, so ASCII is read from a table.
const MARKS = [',', ';', ':', '.'].map((c) => c.charCodeAt(0));
const ASCII_OPENS = Uint8Array.from({ length: 128 }, (_, code) => (MARKS.includes(code) || isSpace(code) ? 1 : 0));
const opensSeparator = (code: number): boolean => (code < 128 ? ASCII_OPENS[code] === 1 : isSpace(code));

/** The separator at the cursor, if one is there. */
export function separatorAt(cursor: Cursor): Separator | null {
  if (cursor.done || !opensSeparator(cursor.source.charCodeAt(cursor.pos))) return null;
  for (const { kind, pattern } of patterns().separators) {
    const token = cursor.peek(pattern);
    if (token) return { kind, end: token.span[1] };
  }
  return null;
}

/** Where the piece starting at the cursor ends: the next top-level separator or page list. */
export function pieceEnd(cursor: Cursor): number {
  return cursor.nextTopLevel(patterns().stops, opensSeparator);
}
