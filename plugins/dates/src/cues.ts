import { createLiteralPrefilter, readDataFile, textReach, unicodeTwin, type PatternForText, type Span } from '@imrkit/core';

export type DateRole = 'injury' | 'urDecision' | 'event';

type CueEntry = string | { pattern: string; caseSensitive?: boolean };

interface CueData {
  roles: Record<DateRole, CueEntry[]>;
  history: CueEntry[];
}

/** A cue word found in a clause. */
export interface Cue {
  kind: DateRole | 'history';
  span: Span;
  text: string;
}

const data = readDataFile<CueData>(import.meta.url, '../data/date-cues.json');

const compile = (entry: CueEntry): RegExp =>
  typeof entry === 'string' ? new RegExp(entry, 'giu') : new RegExp(entry.pattern, entry.caseSensitive ? 'gu' : 'giu');

const PATTERNS: { kind: Cue['kind']; regex: RegExp; forText: PatternForText }[] = [
  ...(Object.entries(data.roles) as [DateRole, CueEntry[]][]).flatMap(([kind, entries]) => entries.map((e) => ({ kind, regex: compile(e) }))),
  ...data.history.map((e) => ({ kind: 'history' as const, regex: compile(e) })),
].map((p) => ({ ...p, forText: unicodeTwin(p.regex) }));
// A clause holds only a few of the cue words: most patterns need not run on it.
const mayMatch = createLiteralPrefilter(PATTERNS.map((p) => p.regex));

/**
 * Every cue in `span` of `text`, in document order. Where two role cues overlap
 * the longer wins ("utilization review report" is a review, not a report);
 * history cues are kept beside role cues, since they only qualify them.
 */
export function findCues(text: string, [from, to]: Span): Cue[] {
  const clause = text.slice(from, to);
  const reach = textReach(clause);
  const found: Cue[] = [];
  for (const i of mayMatch(text, from, to)) {
    const { kind, forText } = PATTERNS[i] as (typeof PATTERNS)[number];
    const regex = forText(reach);
    regex.lastIndex = 0;
    for (let m = regex.exec(clause); m; m = regex.exec(clause)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      found.push({ kind, span: [from + m.index, from + m.index + m[0].length], text: m[0] });
    }
  }
  const roles = found.filter((c) => c.kind !== 'history').sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]));
  const kept: Cue[] = [];
  for (const cue of roles) if (kept.every((k) => k.span[1] <= cue.span[0] || k.span[0] >= cue.span[1])) kept.push(cue);
  return [...kept, ...found.filter((c) => c.kind === 'history')].sort((a, b) => a.span[0] - b.span[0]);
}
