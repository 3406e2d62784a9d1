import { readDataFile, textReach, unicodeTwin, type Span } from '@imrkit/core';

export type ListKind = 'specialties' | 'licensure';
export type CueForm = 'sentence' | 'block';
/** What becomes of a specialty the lexicon does not know (see data/credential-cues.json). */
export type UnknownPolicy = 'keep' | 'skip' | 'ignore';

interface CueData {
  cues: { rule: string; list: ListKind; form: CueForm; unknown: UnknownPolicy; pattern: string }[];
}

/** A phrase that opens a list and the span the list may occupy. */
export interface CueSegment {
  rule: string;
  list: ListKind;
  form: CueForm;
  unknown: UnknownPolicy;
  /** The cue phrase itself. */
  cue: Span;
  /** From the end of the cue to the next cue, the end of the sentence (or clause) or the end of the paragraph. */
  listSpan: Span;
}

const data = readDataFile<CueData>(import.meta.url, '../data/credential-cues.json');
// A block label starts a paragraph or follows a space ("State(s) of Licensure: Ohio Certification(s)/Specialty: ...").
// Written as "not after a non-space", which V8 runs several times faster than the same test written `(?<=^|\s)`.
const CUES = data.cues.map((c) => ({ ...c, forText: unicodeTwin(new RegExp(c.form === 'block' ? `(?<!\\S)${c.pattern}` : c.pattern, 'gimu')) }));
// A sentence ends at a period (not the one of an initial such as "D.C."), "!" or "?" before a space, or at a line end;
// in running text a semicolon ends a clause, in a labelled line it separates names.
const SENTENCE_END = /(?<!\.\p{Lu})[.!?](?=\s|$)|\n/gu;
const CLAUSE_END = /(?<!\.\p{Lu})[.;!?](?=\s|$)|\n/gu;

function nextEnd(pattern: RegExp, text: string, from: number, limit: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m && m.index < limit ? m.index : limit;
}

/** A label in the middle of a paragraph counts only when printed with a capital, as labels are. */
function isPlacedLikeLabel(text: string, start: number): boolean {
  let p = start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  return p === 0 || text[p - 1] === '\n' || /^\p{Lu}/u.test(text.charAt(start));
}

/** Every list-opening phrase in `region` of `text`, in document order, with the span its list may occupy. */
export function findCueSegments(text: string, [from, to]: Span): CueSegment[] {
  const region = text.slice(from, to);
  const reach = textReach(region);
  const found: { cue: (typeof CUES)[number]; start: number; end: number; order: number }[] = [];
  CUES.forEach((cue, order) => {
    const regex = cue.forText(reach);
    regex.lastIndex = 0;
    for (let m = regex.exec(region); m; m = regex.exec(region)) {
      if (m[0].length === 0) regex.lastIndex++;
      else if (cue.form === 'sentence' || isPlacedLikeLabel(text, from + m.index)) found.push({ cue, start: from + m.index, end: from + m.index + m[0].length, order });
    }
  });
  // Where phrases overlap ("board certified in" holds "certified in"), the earlier, then longer, then first listed one wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: typeof found = [];
  for (const c of found) if (kept.every((k) => k.end <= c.start || k.start >= c.end)) kept.push(c);
  return kept.map(({ cue, start, end }, i) => {
    const limit = kept[i + 1]?.start ?? to;
    const listEnd = nextEnd(cue.form === 'block' ? SENTENCE_END : CLAUSE_END, text, end, limit);
    return { rule: cue.rule, list: cue.list, form: cue.form, unknown: cue.unknown, cue: [start, end], listSpan: [end, listEnd] };
  });
}
