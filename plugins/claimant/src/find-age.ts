import { located, readDataFile, type Located, type Span } from '@imrkit/core';

interface AgeData {
  patterns: string[];
  min: number;
  max: number;
}

const data = readDataFile<AgeData>(import.meta.url, '../data/age-patterns.json');
const AGE_PATTERNS = data.patterns.map((pattern) => new RegExp(pattern, 'gid'));

/** The claimant's age: the earliest age phrase in `window`, located at its number. */
export function findAge(text: string, [from, to]: Span): Located<number> | null {
  const window = text.slice(from, to);
  let best: { age: number; span: Span } | null = null;
  for (const pattern of AGE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      const age = Number(m[1]);
      const [start, end] = m.indices![1]!;
      if (age < data.min || age > data.max) continue;
      if (!best || from + start < best.span[0]) best = { age, span: [from + start, from + end] };
      break;
    }
  }
  return best ? located(best.age, best.span, 'claimant/age-phrase') : null;
}
