import { readDataFile } from '@imrkit/core';

/** Whom a sentence speaks of: the reviewer, another party (the treating physician, the claims administrator...), or nobody named. */
export type Party = 'reviewer' | 'other' | null;

interface PartiesData {
  reviewer: string[];
  other: string[];
  determiners: string[];
  subjectVerbs: string[];
  appositiveOpeners: string[];
}

const data = readDataFile<PartiesData>(import.meta.url, '../data/parties.json');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
const PARTY_OF = new Map<string, Party>([...data.other.map((m) => [m.toLowerCase(), 'other'] as const), ...data.reviewer.map((m) => [m.toLowerCase(), 'reviewer'] as const)]);
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}/])(?:${[...PARTY_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}/])`,
  'giu',
);
const DETERMINERS = new Set(data.determiners);
const VERBS = new Set(data.subjectVerbs);
const OPENERS = new Set(data.appositiveOpeners);
const SENTENCE = /[^.!?\n]+(?:[.!?]+|$)/g;
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

interface Subject {
  party: Party;
  /** Where the mention ends: it governs what follows it... */
  end: number;
  /** ...up to here: the sentence end for a subject, the comma closing it for an appositive ("the treating physician, a neurologist who is ..., and is"). */
  scopeEnd: number;
}

/** The mention at [start, end) of `sentence` as a subject (first in its sentence, before a verb, or opening an appositive), or null. */
function asSubject(sentence: string, start: number, end: number, party: Party): Subject | null {
  const after = sentence.slice(end);
  if (POSSESSIVE.test(after)) return null;
  const before = sentence.slice(0, start).toLowerCase().match(/\p{L}+/gu) ?? [];
  const next = after.match(/^\s*(?:(,)\s*)?(\p{L}+)/u);
  const word = next?.[2]?.toLowerCase() ?? '';
  if (before.every((w) => DETERMINERS.has(w)) || (next && !next[1] && VERBS.has(word))) return { party, end, scopeEnd: sentence.length };
  if (!next || !OPENERS.has(word)) return null;
  const close = sentence.indexOf(',', end + (next.index ?? 0) + next[0].length);
  return { party, end, scopeEnd: close < 0 ? sentence.length : close };
}

/** The subject mentions of `sentence`, in order. */
function subjectsOf(sentence: string): Subject[] {
  const subjects: Subject[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(sentence); m; m = MENTION.exec(sentence)) {
    const subject = asSubject(sentence, m.index, m.index + m[0].length, PARTY_OF.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? null);
    if (subject) subjects.push(subject);
  }
  return subjects;
}

/** The subject governing `position` of `sentence`: the last one before it whose scope reaches it. */
function governing(subjects: Subject[], position: number): Party {
  return subjects.filter((s) => s.end <= position && position < s.scopeEnd).at(-1)?.party ?? null;
}

/**
 * The party a phrase at `position` of `text` belongs to: the subject governing
 * it in its sentence, else the subject of the nearest earlier sentence of the
 * paragraph that names one ("The treating physician is a neurologist. He is
 * board certified in ..." speaks of the treating physician).
 */
export function partyAt(text: string, position: number): Party {
  const paragraphStart = text.lastIndexOf('\n', position - 1) + 1;
  const paragraphEnd = text.indexOf('\n', position);
  const paragraph = text.slice(paragraphStart, paragraphEnd < 0 ? text.length : paragraphEnd);
  const at = position - paragraphStart;
  let party: Party = null;
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(paragraph); m && m.index <= at; m = SENTENCE.exec(paragraph)) {
    const subjects = subjectsOf(m[0]);
    if (at < m.index + m[0].length) return governing(subjects, at - m.index) ?? party;
    party = governing(subjects, m[0].length - 1) ?? party;
  }
  return party;
}
