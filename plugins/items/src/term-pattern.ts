const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The regex source of one lexicon term: separators are loose, so "ms contin"
 * also reads "MS-Contin" and "follow-up" also reads "follow up".
 */
function termSource(term: string): string {
  return term
    .trim()
    .split(/\s*([\s/-])\s*/)
    .map((part, i) => (i % 2 === 0 ? escape(part) : part === '/' ? '\\s*/\\s*' : '[\\s-]*'))
    .join('');
}

/** Sorts terms longest first, so an alternation prefers "voltaren gel" to "voltaren". */
const longestFirst = (terms: readonly string[]): string[] => [...terms].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** An alternation of terms, longest first, without boundaries. */
export const alternation = (terms: readonly string[]): string => longestFirst(terms).map(termSource).join('|');

/**
 * One case-insensitive, global pattern matching any of the terms as whole
 * words (no letter or digit on either side), longest term first.
 */
export function termPattern(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![a-z0-9])(?:${alternation(terms)})(?![a-z0-9])`, 'gi');
}
