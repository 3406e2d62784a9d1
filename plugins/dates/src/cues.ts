import { readDataFile, type Span } from '@imrkit/core';

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

/** True when `|` splits the whole pattern (outside groups and classes): then no literal is required. */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * Letters every match must start with (`\bhurt\b` → "hurt"), or null when the
 * pattern opens with anything else. A clause without them cannot match, so the
 * regex need not run: most clauses hold only a few of the cue words.
 */
function requiredLiteral(source: string): string | null {
  if (hasTopLevelAlternation(source)) return null;
  let i = source.startsWith('\\b') ? 2 : 0;
  let literal = '';
  while (i < source.length && /[A-Za-z0-9]/.test(source[i] as string)) literal += source[i++];
  // A quantifier after the literal makes its last letter optional ("rays?").
  if ('?*{'.includes(source[i] ?? '-')) literal = literal.slice(0, -1);
  return literal.length >= 2 ? literal : null;
}

const PATTERNS: { kind: Cue['kind']; regex: RegExp; literal: string | null }[] = [
  ...(Object.entries(data.roles) as [DateRole, CueEntry[]][]).flatMap(([kind, entries]) => entries.map((e) => ({ kind, regex: compile(e) }))),
  ...data.history.map((e) => ({ kind: 'history' as const, regex: compile(e) })),
].map((p) => {
  const literal = requiredLiteral(p.regex.source);
  return { ...p, literal: literal !== null && p.regex.ignoreCase ? literal.toLowerCase() : literal };
});

// Outside ASCII, case-insensitive matching folds letters `toLowerCase` does not ("ſ" matches "s"): no skipping there.
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Every cue in `span` of `text`, in document order. Where two role cues overlap
 * the longer wins ("utilization review report" is a review, not a report);
 * history cues are kept beside role cues, since they only qualify them.
 */
export function findCues(text: string, [from, to]: Span): Cue[] {
  const clause = text.slice(from, to);
  const lower = NON_ASCII.test(clause) ? null : clause.toLowerCase();
  const found: Cue[] = [];
  for (const { kind, regex, literal } of PATTERNS) {
    if (lower !== null && literal !== null && !(regex.ignoreCase ? lower : clause).includes(literal)) continue;
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
