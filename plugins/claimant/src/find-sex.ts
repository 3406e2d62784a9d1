import { located, readDataFile, type Located, type Span } from '@imrkit/core';

type Sex = 'male' | 'female';

interface SexData {
  words: Record<string, Sex>;
  describedBy: string;
}

const data = readDataFile<SexData>(import.meta.url, '../data/sex-words.json');
const WORDS = Object.keys(data.words).join('|');
const SEX_WORD = new RegExp(`\\b(?:${WORDS})\\b`, 'gi');
const DESCRIBED = new RegExp(`${data.describedBy}(${WORDS})\\b`, 'gid');

function sexWord(text: string, [start, end]: Span, rule: string): Located<Sex> {
  return located(data.words[text.slice(start, end).toLowerCase()]!, [start, end], rule);
}

/**
 * The claimant's sex from an explicit word: the first one in the sentence that
 * states their age (`ageSentence`), else the first description of the claimant
 * ("is a ... woman") in `window`.
 */
export function findSex(text: string, ageSentence: Span | null, [from, to]: Span): Located<Sex> | null {
  if (ageSentence) {
    SEX_WORD.lastIndex = 0;
    const m = SEX_WORD.exec(text.slice(ageSentence[0], ageSentence[1]));
    if (m) return sexWord(text, [ageSentence[0] + m.index, ageSentence[0] + m.index + m[0].length], 'claimant/sex-with-age');
  }
  DESCRIBED.lastIndex = 0;
  const m = DESCRIBED.exec(text.slice(from, to));
  if (!m) return null;
  const [start, end] = m.indices![1]!;
  return sexWord(text, [from + start, from + end], 'claimant/sex-described');
}
