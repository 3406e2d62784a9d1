import type { Cursor } from './cursor.js';
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
  const rule = state.sections ? 'citations/topics-sections' : 'citations/topics-after-title';
  const compound = L.compoundTopics.map((t) => ({ title: t.title, token: cursor.peek(t.pattern) })).find((t) => t.token);
  const end = compound?.token ? compound.token.span[1] : pieceEnd(cursor);
  const span = cursor.trimmed(cursor.pos, end);
  cursor.pos = end;
  if (span[0] < span[1]) {
    const printed = cursor.source.slice(span[0], span[1]);
    body.topics.push({ value: topicCase(printed), span, rule: compound ? 'citations/topic-title-lexicon' : rule });
  }
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
      if (startsSource(cursor, separator.kind === 'sentence')) return { ...body, stop: 'source' };
      if (separator.kind === 'sentence' && prose) return { ...body, stop: 'prose' };
    }
    const before = cursor.pos;
    readPiece(cursor, body, state);
    // A piece that reads nothing (a stray mark) is stepped over, so reading always moves on.
    if (cursor.pos === before && !separatorAt(cursor)) cursor.pos++;
  }
}
