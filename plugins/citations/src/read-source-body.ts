import type { Cursor, Token } from './cursor.js';
import { lexicon } from './lexicon.js';
import { readPages } from './read-pages.js';
import { startsSource, type Read } from './read-source-head.js';
import { pieceEnd, separatorAt } from './separators.js';
import { topicCase } from './topic-case.js';

/** Why a source's body ended: the region's end, the next source, or prose after a sentence. */
export type BodyStop = 'end' | 'source' | 'prose';

export interface SourceBody {
  topics: Read<string>[];
  pages: Read<number>[];
  /** A year printed among the topics ("..., 2nd Edition (2004)"). */
  year: Read<number> | null;
  /** Where the last piece of the source ends. */
  end: number;
  stop: BodyStop;
}

/**
 * Section titles start with a capital, so a comma followed by a lowercase word
 * continues the title ("Opioids, long-term assessment") unless the word is
 * "and"/"or" or starts a page list.
 */
const CONTINUATION = /\s*,\s*(?!(?:and|or)\s|(?:pages?|pp?\.)\s*\d)(?=\p{Ll})/uy;

/** Moves the cursor to the end of the topic starting there; true when the topic ran on past a comma. */
function readTopicEnd(cursor: Cursor): boolean {
  let continued = false;
  for (;;) {
    cursor.pos = pieceEnd(cursor);
    const comma = cursor.take(CONTINUATION);
    if (!comma) return continued;
    continued = true;
  }
}

/** A section title holding a comma or colon, printed at the cursor. */
function compoundTopicAt(cursor: Cursor): Token | null {
  for (const { pattern } of lexicon().compoundTopics.at(cursor.source, cursor.pos)) {
    const token = cursor.peek(pattern);
    if (token) return token;
  }
  return null;
}

/** Reads one piece (between separators) into the body: a marker, an edition, a year, pages or a topic. */
function readPiece(cursor: Cursor, body: SourceBody, state: { sections: boolean }): void {
  const L = lexicon();
  cursor.skipSpaces();
  if (cursor.take(L.sectionMarker)) state.sections = true;
  if (cursor.take(L.chapterMarker)) return;
  const edition = cursor.take(L.edition);
  if (edition) {
    const year = edition.groups[0];
    if (year) body.year ??= { value: Number(year.text), span: year.span, rule: 'citations/edition-year' };
    return;
  }
  if (cursor.take(L.pageMarker)) {
    body.pages.push(...readPages(cursor));
    return;
  }
  const year = cursor.peek(L.year);
  if (year && pieceEnd(cursor) === year.span[1]) {
    cursor.pos = year.span[1];
    const group = year.groups[0] ?? year.groups[1];
    if (group) body.year ??= { value: Number(group.text), span: group.span, rule: 'citations/year-after-title' };
    return;
  }
  const compound = compoundTopicAt(cursor);
  const start = cursor.pos;
  let rule = state.sections ? 'citations/topics-sections' : 'citations/topics-after-title';
  if (compound) {
    cursor.pos = compound.span[1];
    rule = 'citations/topic-title-lexicon';
  } else if (readTopicEnd(cursor)) {
    rule = 'citations/topic-continued';
  }
  const span = cursor.trimmed(start, cursor.pos);
  if (span[0] < span[1]) body.topics.push({ value: topicCase(cursor.source.slice(span[0], span[1])), span, rule });
}

/**
 * Reads a source's topics, pages and year, piece by piece, until the region
 * ends or a new source starts. In the professional-review template (`prose`)
 * a sentence that does not start a source ends the citations.
 */
export function readSourceBody(cursor: Cursor, prose: boolean): SourceBody {
  const body: SourceBody = { topics: [], pages: [], year: null, end: cursor.pos, stop: 'end' };
  const state = { sections: false };
  for (;;) {
    body.end = cursor.pos;
    if (cursor.done) return body;
    const separator = separatorAt(cursor);
    if (separator) {
      cursor.pos = separator.end;
      if (cursor.done) return body;
      if (startsSource(cursor, separator.kind === 'sentence', prose)) {
        body.stop = 'source';
        return body;
      }
      if (separator.kind === 'sentence' && prose) {
        body.stop = 'prose';
        return body;
      }
    }
    const before = cursor.pos;
    readPiece(cursor, body, state);
    // A piece that reads nothing (a stray mark) is stepped over, so reading always moves on.
    if (cursor.pos === before && !separatorAt(cursor)) cursor.pos++;
  }
}
