import { readDataFile, type Span } from '@imrkit/core';
import { sentenceAt } from './sentences.js';

interface OpenerData {
  openers: { rule: string; reads: 'after' | 'before'; pattern: string }[];
  negations: string[];
  history: string[];
}

/** A phrase that opens a list of diagnoses. */
export interface Opener {
  rule: string;
  /** `after`: the list follows the opener; `before`: the diagnosis is the noun phrase before it. */
  reads: 'after' | 'before';
  span: Span;
}

const data = readDataFile<OpenerData>(import.meta.url, '../data/diagnosis-openers.json');
const OPENERS = data.openers.map((o) => ({ ...o, regex: new RegExp(o.pattern, 'gi') }));
const words = (list: string[]): string => list.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
// A negation within the last three words of the opener's clause: "was not diagnosed with", "no diagnosis of".
const NEGATED = new RegExp(`\\b(?:${words(data.negations)})\\b(?:\\s+[\\w'-]+){0,2}\\s*$`, 'i');
const HISTORY = new RegExp(`\\b(?:${words(data.history)})\\b`, 'i');

/** The text from the start of the clause that holds `offset` (after the last comma or semicolon) up to it. */
function clauseBefore(text: string, offset: number, sentenceStart: number): string {
  const before = text.slice(sentenceStart, offset);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
}

/** Every diagnosis-list opener in `window`, in document order, without negated or history ones; overlaps keep the earlier. */
export function findOpeners(text: string, window: Span): Opener[] {
  const slice = text.slice(window[0], window[1]);
  const found: Opener[] = [];
  for (const { rule, reads, regex } of OPENERS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      const span: Span = [window[0] + m.index, window[0] + m.index + m[0].length];
      const [sentenceStart] = sentenceAt(text, span[0], window);
      if (NEGATED.test(clauseBefore(text, span[0], sentenceStart))) continue;
      if (HISTORY.test(text.slice(sentenceStart, span[0]))) continue;
      found.push({ rule, reads, span });
    }
  }
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  return found.filter((o, i) => found.slice(0, i).every((k) => k.span[1] <= o.span[0]));
}
