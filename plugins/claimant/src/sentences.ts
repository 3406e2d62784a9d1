import type { Span } from '@imrkit/core';

// A sentence ends at a line end, or at . ! ? before a space, the end or a capital
// (summaries pasted from records drop the space: "dislocation.The request").
const SENTENCE_END = /[.!?](?=\s|$|[A-Z])|\n/g;

/** The span of the sentence of `text` that holds `offset`, kept within `window`. */
export function sentenceAt(text: string, offset: number, [from, to]: Span): Span {
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (m.index >= offset) return [start, m.index];
    start = m.index + 1;
  }
  return [start, to];
}

