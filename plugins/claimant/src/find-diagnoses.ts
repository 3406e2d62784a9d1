import { located, type Located, type Span } from '@imrkit/core';
import { findOpeners } from './diagnosis-openers.js';
import { splitDiagnosisList, subjectBefore, type ListedDiagnosis } from './diagnosis-list.js';
import { sentenceAt } from './sentences.js';

/**
 * The diagnoses the summary in `window` lists, in document order without
 * duplicates: each list runs from its opener to the end of its sentence (or the
 * next opener), each diagnosis located at its text.
 */
export function findDiagnoses(text: string, window: Span): Located<string>[] {
  const openers = findOpeners(text, window);
  const found: Located<string>[] = [];
  const seen = new Set<string>();
  openers.forEach((opener, i) => {
    const [sentenceStart, sentenceEnd] = sentenceAt(text, opener.span[0], window);
    let listedHere: ListedDiagnosis[];
    if (opener.reads === 'before') {
      const subject = subjectBefore(text, sentenceStart, opener.span[0]);
      listedHere = subject ? [subject] : [];
    } else {
      const next = openers[i + 1]?.span[0] ?? sentenceEnd;
      listedHere = splitDiagnosisList(text, [opener.span[1], Math.min(sentenceEnd, next)]);
    }
    for (const diagnosis of listedHere) {
      if (seen.has(diagnosis.text)) continue;
      seen.add(diagnosis.text);
      found.push(located(diagnosis.text, diagnosis.span, opener.rule));
    }
  });
  return found;
}
