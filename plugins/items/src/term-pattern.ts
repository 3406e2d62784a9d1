const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A lexicon term cut at its separators: even entries are the literal parts,
 * odd entries the separators between them (a space, "-" or "/", spaces
 * around them dropped). "ms contin" → ["ms", " ", "contin"].
 */
export const termParts = (term: string): string[] => term.trim().split(/\s*([\s/-])\s*/);

/**
 * The regex source of one lexicon term: separators are loose, so "ms contin"
 * also reads "MS-Contin" and "follow-up" also reads "follow up".
 */
function termSource(term: string): string {
  return termParts(term)
    .map((part, i) => (i % 2 === 0 ? escape(part) : part === '/' ? '\\s*/\\s*' : '[\\s-]*'))
    .join('');
}

/** Longest first, so an alternation prefers "voltaren gel" to "voltaren". */
export const longestFirst = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);

/** An alternation of terms, longest first, without boundaries. */
export const alternation = (terms: readonly string[]): string => [...terms].sort(longestFirst).map(termSource).join('|');
