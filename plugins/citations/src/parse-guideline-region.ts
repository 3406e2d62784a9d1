import type { Span } from '@imrkit/core';
import { Cursor } from './cursor.js';
import { lexicon } from './lexicon.js';
import { readSourceBody, type SourceBody } from './read-source-body.js';
import { readSourceHead, type SourceHead } from './read-source-head.js';

/** How a source was found: after "Decision based on", at the start of the region, or after a separator. */
export type SourceIntro = 'citations/decision-based-on' | 'citations/line-start' | 'citations/source-separator';

/** One guideline source of a line, every part located in the document text. */
export interface ParsedSource extends SourceHead, Omit<SourceBody, 'year' | 'end' | 'stop'> {
  /** The source's whole text. */
  span: Span;
  intro: SourceIntro;
}

/**
 * Splits a guideline line (or a professional-review guideline paragraph, with
 * `prose`) into its sources, in the order printed. "The Claims Administrator
 * did not cite any medical evidence" gives none.
 */
export function parseGuidelineRegion(text: string, [start, end]: Span, prose: boolean): ParsedSource[] {
  const L = lexicon();
  if (L.noCitation.test(text.slice(start, end))) return [];
  const cursor = new Cursor(text, start, end);
  const sources: ParsedSource[] = [];
  let intro: SourceIntro = 'citations/line-start';
  while (!cursor.done) {
    cursor.skipSpaces();
    const introduced = cursor.take(L.decisionBasedOn) ? 'citations/decision-based-on' : intro;
    cursor.skipSpaces();
    const nonMtus = cursor.take(L.nonMtusCitation) !== null;
    cursor.skipSpaces();
    const from = cursor.pos;
    const head = readSourceHead(cursor, { nonMtus, allowOther: introduced === 'citations/decision-based-on' || nonMtus, strict: false, prose });
    if (!head) {
      // Words that name no source ("Based on the guidelines,") are passed over up to the next "Decision based on".
      const next = cursor.nextTopLevel([L.decisionBasedOn]);
      if (prose || next >= end || next === cursor.pos) break;
      cursor.pos = next;
      continue;
    }
    const body = readSourceBody(cursor, prose);
    // Built field by field: spreading these objects is several times slower, and this runs once per source.
    sources.push({
      family: head.family,
      document: head.document,
      year: head.year ?? body.year,
      topics: body.topics,
      pages: body.pages,
      span: cursor.trimmed(from, Math.max(body.end, from)),
      intro: introduced,
    });
    if (body.stop !== 'source') break;
    intro = 'citations/source-separator';
  }
  return sources;
}
