import { readDataFile, type Span } from '@imrkit/core';

interface ListData {
  separators: string[];
  clauseStarters: string[];
  terminators: string[];
  trailers: string[];
  skipped: string[];
  qualifiers: string[];
  articles: string[];
}

const data = readDataFile<ListData>(import.meta.url, '../data/diagnosis-lists.json');
const SEPARATOR = new RegExp(data.separators.map((s) => `(?:${s})`).join('|'), 'gi');
const TERMINATOR = new RegExp(data.terminators.map((s) => `(?:${s})`).join('|'), 'i');
const TRAILER = new RegExp(data.trailers.map((s) => `(?:${s})`).join('|'), 'i');
const SKIPPED = data.skipped.map((s) => new RegExp(s, 'i'));
const CLAUSE_STARTERS = new Set(data.clauseStarters);
const QUALIFIERS = new Set(data.qualifiers);
const ARTICLE = new RegExp(`^(?:${data.articles.join('|')})\\s+`, 'i');
const CONJUNCTION = /^(?:and|or)\s+/i;
const EDGE = new Set([' ', '\t', '\n', ',', '.', ';', ':', '"', "'"]);
const SPACE = /\s/;

// End-anchored runs (`/[\s,]+$/`) retry from every start position: quadratic on long
// runs. Scanning back from the end is linear.
function trailingEdge(piece: string): number {
  let n = 0;
  while (n < piece.length && EDGE.has(piece[piece.length - 1 - n] as string)) n++;
  return n;
}

/** The length of a trailing " and" / " or" with all the space before it, or 0. */
function trailingConjunction(piece: string): number {
  const word = ['and', 'or'].find((w) => piece.toLowerCase().endsWith(w));
  if (!word) return 0;
  let n = 0;
  while (n < piece.length - word.length && SPACE.test(piece[piece.length - word.length - 1 - n] as string)) n++;
  return n > 0 ? word.length + n : 0;
}

const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const firstWord = (text: string): string => /^[\w'-]+/.exec(text)?.[0].toLowerCase() ?? '';
const count = (text: string, char: string): number => text.split(char).length - 1;

/** Narrows `span` past surrounding spaces, punctuation, conjunctions and unbalanced brackets. */
export function trimPiece(text: string, [start, end]: Span): Span {
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const piece = text.slice(start, end);
    const lead = /^[\s,.;:"']+/.exec(piece)?.[0].length ?? CONJUNCTION.exec(piece)?.[0].length ?? 0;
    const trail = trailingEdge(piece) || trailingConjunction(piece);
    if (lead || trail) [start, end, changed] = [start + lead, end - trail, true];
    else if (piece.startsWith('(') && count(piece, '(') > count(piece, ')')) [start, changed] = [start + 1, true];
    else if (piece.endsWith(')') && count(piece, ')') > count(piece, '(')) [end, changed] = [end - 1, true];
  }
  return [start, Math.max(start, end)];
}

/** Cuts `span` at every match of `separator`: the pieces between. */
function splitSpan(text: string, [start, end]: Span, separator: RegExp): Span[] {
  const pieces: Span[] = [];
  const scope = text.slice(start, end);
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(scope); m; m = separator.exec(scope)) {
    pieces.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([start + from, end]);
  return pieces;
}

const startsClause = (text: string, span: Span): boolean => CLAUSE_STARTERS.has(firstWord(text.slice(...trimPiece(text, span))));

/**
 * The pieces of a list: semicolon-separated when the list (up to a semicolon that
 * starts a new clause) holds a semicolon, else separated by commas and conjunctions.
 */
function listPieces(text: string, scope: Span): Span[] {
  const segments = splitSpan(text, scope, /;/g);
  const clause = segments.findIndex((segment, i) => i > 0 && startsClause(text, segment));
  const kept = clause === -1 ? segments : segments.slice(0, clause);
  return kept.length > 1 ? kept : splitSpan(text, kept[0]!, SEPARATOR);
}

/** A diagnosis read from a list: its text as printed, lowercased, and its span. */
export interface ListedDiagnosis {
  text: string;
  span: Span;
}

const listed = (text: string, span: Span): ListedDiagnosis => ({ text: normalize(text.slice(span[0], span[1])), span });

/** Drops a leading article ("a lumbar strain" → "lumbar strain"). */
function withoutArticle(text: string, [start, end]: Span): Span {
  const article = ARTICLE.exec(text.slice(start, end));
  return article ? [start + article[0].length, end] : [start, end];
}

/**
 * Cuts the list in `scope` (the text after an opener, to the end of its sentence)
 * into diagnoses, by the rules of `data/diagnosis-lists.json`.
 */
export function splitDiagnosisList(text: string, scope: Span): ListedDiagnosis[] {
  const found: ListedDiagnosis[] = [];
  for (const piece of listPieces(text, scope)) {
    let span = trimPiece(text, piece);
    const raw = text.slice(span[0], span[1]);
    if (raw === '' || SKIPPED.some((re) => re.test(raw))) continue;
    if (CLAUSE_STARTERS.has(firstWord(raw))) break;
    const cut = TERMINATOR.exec(raw);
    const trailer = TRAILER.exec(raw);
    const end = Math.min(cut?.index ?? raw.length, trailer?.index ?? raw.length);
    span = withoutArticle(text, trimPiece(text, [span[0], span[0] + end]));
    const previous = found.at(-1);
    if (previous && QUALIFIERS.has(normalize(text.slice(span[0], span[1])))) found[found.length - 1] = listed(text, [previous.span[0], span[1]]);
    else if (span[1] > span[0]) found.push(listed(text, span));
    if (cut) break;
  }
  return found;
}

/** The diagnosis before a passive opener ("..., and complex regional pain syndrome was diagnosed"): its clause's noun phrase. */
export function subjectBefore(text: string, clauseStart: number, openerStart: number): ListedDiagnosis | null {
  const before = text.slice(clauseStart, openerStart);
  const start = clauseStart + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const span = withoutArticle(text, trimPiece(text, [start, openerStart]));
  const subject = text.slice(span[0], span[1]);
  if (subject === '' || CLAUSE_STARTERS.has(firstWord(subject)) || subject.split(/\s+/).length > 10) return null;
  return listed(text, span);
}
