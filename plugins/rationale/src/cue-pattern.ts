import { LiteralIndex } from './literal-index.js';

/** Every cue pattern compiled at load time, by the literals its matches must contain. */
const INDEX = new LiteralIndex();

/**
 * Compiles a list of regular-expression sources (a lexicon entry of the data
 * files) into one case-insensitive global pattern. By default a match must be
 * whole words; punctuation lexicons (scope terminators) pass `wholeWords: false`.
 */
export function cuePattern(sources: readonly string[], { wholeWords = true } = {}): RegExp {
  if (sources.length === 0) throw new Error('No cue sources given; expected at least one pattern');
  const body = `(?:${sources.join('|')})`;
  const pattern = new RegExp(wholeWords ? `(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])` : body, 'gi');
  INDEX.add(pattern);
  return pattern;
}

/**
 * Every match of a global pattern in `text`, as `[start, end)` offsets with the
 * matched text. An `exec` loop rather than `matchAll`, which clones the pattern
 * on every call: this runs for every cue on every sentence.
 */
export function matchesOf(pattern: RegExp, text: string): { start: number; end: number; text: string }[] {
  const matches: { start: number; end: number; text: string }[] = [];
  if (!INDEX.mayMatch(pattern, text)) return matches;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    // An empty match would be found again at the same place.
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return matches;
}

/** Whether a global pattern matches anywhere in `text` (without disturbing its `lastIndex`). */
export function matchesAny(pattern: RegExp, text: string): boolean {
  if (!INDEX.mayMatch(pattern, text)) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Escapes a literal word or phrase for use inside a cue pattern. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
