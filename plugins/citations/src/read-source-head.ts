import type { GuidelineFamily, Span } from '@imrkit/core';
import type { Cursor } from './cursor.js';
import { lexicon } from './lexicon.js';
import { pieceEnd, separatorAt } from './separators.js';
import type { TitleList } from './title-list.js';

/** A value read from the line, with where it was read and the rule that read it. */
export interface Read<T> {
  value: T;
  span: Span;
  rule: string;
}

/** The start of one source: its family, its document and a year printed with it. */
export interface SourceHead {
  family: Read<GuidelineFamily>;
  document: Read<string> | null;
  year: Read<number> | null;
}

export interface HeadOptions {
  /** The source follows "Non-MTUS Citation": a bare chapter name is an ODG (or ACOEM) chapter. */
  nonMtus: boolean;
  /** A named source outside the three families may start here ("Decision based on X"). */
  allowOther: boolean;
  /**
   * After a sentence end, where prose may follow: a family name counts only
   * with a title from the lexicon ("ODG Pain (Chronic)"), not "ODG sets ...".
   */
  strict: boolean;
  /**
   * The region may hold prose after its sources (the professional-review
   * guideline section). A strict title must then end at a separator, as a
   * sentence may open with one: "ODG Mental Illness & Stress was also read".
   */
  prose: boolean;
}

/** A source's own separator from its title: "MTUS, Chronic Pain", "Official Disability Guidelines: Pain". */
const TITLE_GAP = /\s*[,:]?\s*/y;
const YEAR_GAP = /\s*,?\s*/y;
/** What may follow a title read without its family name, so a topic that starts like a title is not one. */
const TITLE_END = /(?=\s*(?:[,;:.(]|(?:19|20)\d{2}|Sections?\b|Pages?\b|$))/iy;
const AT_PIECE_END = /\s*(?:[,;.]|$)/y;
const ARTICLE = /the\s+/iy;
/** An unlisted chapter looks like a short title, not a sentence. */
const CHAPTER_NAME = /^[A-Z][\w&,'/ ()-]*$/;
const MAX_CHAPTER_WORDS = 6;
// Starts only where a whitespace run starts: a bare `\s*&` retried at every space of a long run (quadratic).
const AMPERSAND = /(?<!\s)\s*&\s*/g;

function readTitle(cursor: Cursor, titles: TitleList, rule: string, standalone = false): Read<string> | null {
  for (const { title, pattern } of titles.at(cursor.source, cursor.pos)) {
    const token = cursor.peek(pattern);
    if (!token) continue;
    if (standalone) {
      TITLE_END.lastIndex = token.span[1];
      if (!TITLE_END.test(cursor.source)) continue;
    }
    cursor.pos = token.span[1];
    return { value: title, span: token.span, rule };
  }
  return null;
}

/** A year printed right after a title: "Neck and Upper Back Complaints 2004", "Elbow Disorders (Revised 2007)". */
function readYear(cursor: Cursor): Read<number> | null {
  const at = cursor.pos;
  cursor.take(YEAR_GAP);
  const token = cursor.take(lexicon().year);
  const group = token?.groups[0] ?? token?.groups[1];
  if (group) return { value: Number(group.text), span: group.span, rule: 'citations/year-after-title' };
  cursor.pos = at;
  return null;
}

/** Edition words and chapter numbers between a family name and its title: "2nd Edition (2004), Chapter 14,". */
function readPreamble(cursor: Cursor): { year: Read<number> | null; chapter: boolean } {
  const { edition, chapterMarker, year } = lexicon();
  let found: Read<number> | null = null;
  let chapter = false;
  for (;;) {
    const at = cursor.pos;
    cursor.take(TITLE_GAP);
    const printed = cursor.take(edition) ?? cursor.take(year);
    const group = printed?.groups[0] ?? printed?.groups[1];
    if (group) found ??= { value: Number(group.text), span: group.span, rule: 'citations/edition-year' };
    if (printed) continue;
    if (cursor.take(chapterMarker)) {
      chapter = true;
      continue;
    }
    cursor.pos = at;
    return { year: found, chapter };
  }
}

/**
 * A chapter missing from the lexicon, read as printed up to the next separator,
 * without its "(Acute & Chronic)" / "Chapter" suffix and with "&" as "and".
 */
function readUnlistedChapter(cursor: Cursor): Read<string> | null {
  const { pageMarker, sectionMarker, chapterMarker, edition, year, odgChapterSuffix } = lexicon();
  if ([pageMarker, sectionMarker, chapterMarker, edition, year].some((marker) => cursor.peek(marker))) return null;
  const end = pieceEnd(cursor);
  const [s, e] = cursor.trimmed(cursor.pos, end);
  const printed = cursor.source.slice(s, e);
  if (!CHAPTER_NAME.test(printed) || printed.split(/\s+/).length > MAX_CHAPTER_WORDS) return null;
  cursor.pos = end;
  const value = printed.replace(odgChapterSuffix, '').replace(AMPERSAND, ' and ');
  return { value, span: [s, e], rule: 'citations/odg-chapter-as-printed' };
}

function readFamilyTitle(cursor: Cursor, family: GuidelineFamily, marker: Span, options: HeadOptions): SourceHead | null {
  const L = lexicon();
  const afterMarker = cursor.pos;
  const familyRead: Read<GuidelineFamily> = { value: family, span: marker, rule: 'citations/family-name' };
  const preamble = family === 'ODG' ? { year: null, chapter: false } : readPreamble(cursor);
  cursor.take(TITLE_GAP);
  let document: Read<string> | null = null;
  const standalone = options.strict && options.prose;
  if (family === 'MTUS') document = readTitle(cursor, L.mtusTitles, 'citations/mtus-title', standalone);
  else if (family === 'ACOEM') document = readTitle(cursor, L.acoemTitles, 'citations/acoem-chapter', standalone);
  else document = readTitle(cursor, L.odgTitles, 'citations/odg-chapter', standalone);
  if (!document && family === 'ODG' && !options.strict) document = readUnlistedChapter(cursor);
  if (!document && family === 'ACOEM' && preamble.chapter && !options.strict) {
    const named = readUnlistedChapter(cursor);
    document = named && { ...named, rule: 'citations/acoem-chapter-as-printed' };
  }
  if (!document) {
    cursor.pos = afterMarker;
    if (options.strict && !cursor.peek(AT_PIECE_END)) return null;
    const acoem = family === 'ACOEM' ? { value: L.acoemDefaultTitle, span: marker, rule: 'citations/acoem-practice-guidelines' } : null;
    return { family: familyRead, document: acoem, year: null };
  }
  return { family: familyRead, document, year: readYear(cursor) ?? preamble.year };
}

/** A title printed without its family name: "Non-MTUS Citation Neck and Upper Back", ", and Chronic Pain Medical Treatment 2009". */
function readBareTitle(cursor: Cursor, options: HeadOptions): SourceHead | null {
  const L = lexicon();
  const candidates: [GuidelineFamily, TitleList, string][] = options.nonMtus
    ? [
        ['ODG', L.odgTitles, 'citations/non-mtus-odg-chapter'],
        ['ACOEM', L.acoemTitles, 'citations/non-mtus-acoem-chapter'],
      ]
    : [['MTUS', L.mtusTitles, 'citations/mtus-title']];
  for (const [family, titles, rule] of candidates) {
    const document = readTitle(cursor, titles, rule, true);
    if (document) return { family: { value: family, span: document.span, rule }, document, year: readYear(cursor) };
  }
  return null;
}

/**
 * Where a named source outside the families ends: before its edition, year or
 * pages, or before the next source. Its name may hold commas, colons and (in a
 * guideline line) periods: "Smith J, et al. Spine 2010;35:1-10". After a
 * comma only a guideline family or "Decision based on" starts a new source;
 * after a semicolon a named source does too.
 */
function otherNameEnd(cursor: Cursor, options: HeadOptions): number {
  const L = lexicon();
  const probe = cursor.clone();
  for (;;) {
    const stop = pieceEnd(probe);
    probe.pos = stop;
    const separator = separatorAt(probe);
    if (!separator || separator.kind === 'intro') return stop;
    probe.pos = separator.end;
    if (probe.done) return stop;
    if (options.prose && (separator.kind === 'sentence' || separator.kind === 'semicolon')) return stop;
    if ([L.edition, L.year, L.pageMarker, L.chapterMarker].some((marker) => probe.peek(marker))) return stop;
    if (startsSource(probe, separator.kind !== 'semicolon', options.prose)) return stop;
  }
}

function readOther(cursor: Cursor, options: HeadOptions): SourceHead | null {
  const end = otherNameEnd(cursor, options);
  const span = cursor.trimmed(cursor.pos, end);
  if (span[0] >= span[1]) return null;
  cursor.pos = end;
  const name = cursor.source.slice(span[0], span[1]);
  return {
    family: { value: 'OTHER', span, rule: 'citations/other-source' },
    document: { value: name, span, rule: 'citations/other-source' },
    year: null,
  };
}

/** Reads the family, document and year of the source starting at the cursor; null (cursor unmoved) when none starts there. */
export function readSourceHead(cursor: Cursor, options: HeadOptions): SourceHead | null {
  const start = cursor.pos;
  // "the MTUS Chronic Pain ..." reads as "MTUS Chronic Pain ..." but, like prose, only with a listed title.
  const article = cursor.take(ARTICLE) !== null;
  for (const { family, pattern } of lexicon().families) {
    const marker = cursor.take(pattern);
    if (!marker) continue;
    const head = readFamilyTitle(cursor, family, marker.span, article ? { ...options, strict: true } : options);
    if (head) return head;
    cursor.pos = start;
    return null;
  }
  const bare = readBareTitle(cursor, options);
  if (bare) return bare;
  cursor.pos = start;
  const cue = lexicon().otherSourceCue.test(cursor.source.slice(cursor.pos, pieceEnd(cursor)));
  if (options.allowOther || (cue && !options.strict)) return readOther(cursor, options);
  return null;
}

/**
 * True when a new source starts at the cursor: "Decision based on", "Non-MTUS
 * Citation", a family name, an MTUS title, or, unless `strict`, a named source.
 */
export function startsSource(cursor: Cursor, strict: boolean, prose: boolean): boolean {
  const L = lexicon();
  if (cursor.peek(L.decisionBasedOn) || cursor.peek(L.nonMtusCitation)) return true;
  const probe = cursor.clone();
  const options: HeadOptions = { nonMtus: false, allowOther: false, strict, prose };
  if (L.families.some((f) => probe.peek(f.pattern))) return readSourceHead(probe, options) !== null;
  if (readBareTitle(probe, options)) return true;
  return !strict && L.otherSourceCue.test(cursor.source.slice(cursor.pos, pieceEnd(cursor)));
}
