import { readDataFile, type Span } from '@imrkit/core';

export type ListKind = 'specialties' | 'licensure';
export type CueForm = 'sentence' | 'block';

interface CueData {
  cues: { rule: string; list: ListKind; form: CueForm; pattern: string }[];
}

/** A phrase that opens a list and the span the list may occupy. */
export interface CueSegment {
  rule: string;
  list: ListKind;
  form: CueForm;
  /** The cue phrase itself. */
  cue: Span;
  /** From the end of the cue to the next cue, the end of the sentence or the end of the paragraph. */
  listSpan: Span;
}

const data = readDataFile<CueData>(import.meta.url, '../data/credential-cues.json');
const CUES = data.cues.map((c) => ({ ...c, regex: new RegExp(c.form === 'block' ? c.pattern.replace(/^\^/, '^[ \\t]*') : c.pattern, 'gimu') }));
// A sentence ends at a period (not the one of an initial such as "D.C."), semicolon, "!" or "?" before a space, or at a line end.
const SENTENCE_END = /(?<!\.\p{Lu})[.;!?](?=\s|$)|\n/gu;

function nextSentenceEnd(text: string, from: number, limit: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m && m.index < limit ? m.index : limit;
}

/** Every list-opening phrase in `region` of `text`, in document order, with the span its list may occupy. */
export function findCueSegments(text: string, [from, to]: Span): CueSegment[] {
  const region = text.slice(from, to);
  const found: { rule: string; list: ListKind; form: CueForm; start: number; end: number }[] = [];
  for (const cue of CUES) {
    cue.regex.lastIndex = 0;
    for (let m = cue.regex.exec(region); m; m = cue.regex.exec(region)) {
      found.push({ rule: cue.rule, list: cue.list, form: cue.form, start: from + m.index, end: from + m.index + m[0].length });
      if (m[0].length === 0) cue.regex.lastIndex++;
    }
  }
  // Where phrases overlap ("board certified in" holds "certified in"), the earlier, then longer, one wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const c of found) if (kept.every((k) => k.end <= c.start || k.start >= c.end)) kept.push(c);
  const segments: CueSegment[] = [];
  for (let i = 0; i < kept.length; i++) {
    const cue = kept[i] as (typeof kept)[number];
    const limit = kept[i + 1]?.start ?? to;
    segments.push({ rule: cue.rule, list: cue.list, form: cue.form, cue: [cue.start, cue.end], listSpan: [cue.end, nextSentenceEnd(text, cue.end, limit)] });
  }
  return segments;
}
