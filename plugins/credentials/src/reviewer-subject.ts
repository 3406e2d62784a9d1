import { readDataFile, remembered, textReach, unicodeTwin } from '@imrkit/core';

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
const MENTION = unicodeTwin(
  new RegExp(`(?<![\\p{L}\\p{N}/])(?:${[...PARTY_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}/])`, 'giu'),
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
function findSubjects(sentence: string): readonly Subject[] {
  const subjects: Subject[] = [];
  const mention = MENTION(textReach(sentence));
  mention.lastIndex = 0;
  for (let m = mention.exec(sentence); m; m = mention.exec(sentence)) {
    const subject = asSubject(sentence, m.index, m.index + m[0].length, PARTY_OF.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? null);
    if (subject) subjects.push(subject);
  }
  return subjects;
}

// The sentences around the credentials are mostly the template's own, the same in letter after letter.
const subjectsOf = remembered(findSubjects, 2000);

/** The subject governing `position` of `sentence`: the last one before it whose scope reaches it. */
function governing(subjects: readonly Subject[], position: number): Party {
  return subjects.filter((s) => s.end <= position && position < s.scopeEnd).at(-1)?.party ?? null;
}

/** A sentence of a paragraph: where it lies in the paragraph and its subjects. */
interface Sentence {
  start: number;
  end: number;
  subjects: readonly Subject[];
}

/** The sentences of one paragraph, each read (its subjects found) the first time a phrase asks about it. */
class ParagraphSentences {
  readonly #read: Sentence[] = [];
  #scannedTo = 0;

  constructor(
    readonly text: string,
    /** Where the paragraph ends in the letter: at position 0 of a letter that opens with a line break, the paragraph found is empty, not the first line. */
    readonly end: number,
  ) {}

  /** The `i`-th sentence, or undefined past the last. */
  sentence(i: number): Sentence | undefined {
    while (this.#read.length <= i) {
      SENTENCE.lastIndex = this.#scannedTo;
      const m = SENTENCE.exec(this.text);
      if (!m) return undefined;
      this.#scannedTo = SENTENCE.lastIndex;
      this.#read.push({ start: m.index, end: m.index + m[0].length, subjects: subjectsOf(m[0]) });
    }
    return this.#read[i];
  }
}

/**
 * The parties of one letter's phrases. A letter asks about several phrases of
 * the same paragraph ("is board certified in ..., and is licensed in ..."),
 * and each would read the sentences before it again: here each paragraph's
 * sentences are read once.
 */
export class LetterParties {
  readonly #paragraphs = new Map<number, ParagraphSentences>();

  constructor(readonly text: string) {}

  /**
   * The party a phrase at `position` belongs to: the subject governing it in
   * its sentence, else the subject of the nearest earlier sentence of the
   * paragraph that names one ("The treating physician is a neurologist. He is
   * board certified in ..." speaks of the treating physician).
   */
  at(position: number): Party {
    const { text } = this;
    const paragraphStart = text.lastIndexOf('\n', position - 1) + 1;
    const found = text.indexOf('\n', position);
    const paragraphEnd = found < 0 ? text.length : found;
    let paragraph = this.#paragraphs.get(paragraphStart);
    if (paragraph?.end !== paragraphEnd) {
      paragraph = new ParagraphSentences(text.slice(paragraphStart, paragraphEnd), paragraphEnd);
      this.#paragraphs.set(paragraphStart, paragraph);
    }
    const at = position - paragraphStart;
    let party: Party = null;
    for (let i = 0; ; i++) {
      const sentence = paragraph.sentence(i);
      if (!sentence || sentence.start > at) return party;
      if (at < sentence.end) return governing(sentence.subjects, at - sentence.start) ?? party;
      party = governing(sentence.subjects, sentence.end - sentence.start - 1) ?? party;
    }
  }
}

/** The party a phrase at `position` of `text` belongs to (see {@link LetterParties.at}). */
export const partyAt = (text: string, position: number): Party => new LetterParties(text).at(position);
