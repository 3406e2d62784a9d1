/**
 * Compiles a list of regular-expression sources (a lexicon entry of the data
 * files) into one case-insensitive global pattern. By default a match must be
 * whole words; punctuation lexicons (scope terminators) pass `wholeWords: false`.
 */
export function cuePattern(sources: readonly string[], { wholeWords = true } = {}): RegExp {
  if (sources.length === 0) throw new Error('No cue sources given; expected at least one pattern');
  const body = `(?:${sources.join('|')})`;
  return new RegExp(wholeWords ? `(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])` : body, 'gi');
}

/** Every match of a global pattern in `text`, as `[start, end)` offsets with the matched text. */
export function matchesOf(pattern: RegExp, text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Whether a global pattern matches anywhere in `text` (without disturbing its `lastIndex`). */
export function matchesAny(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Escapes a literal word or phrase for use inside a cue pattern. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
