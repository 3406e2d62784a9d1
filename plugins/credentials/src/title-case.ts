const MINOR_WORDS = new Set(['and', 'of', 'the', 'in', 'for', 'with']);

/**
 * "sleep & wake medicine" → "Sleep and Wake Medicine", "WOUND CARE" → "Wound
 * Care": how an unknown specialty is kept, in the style of the canonical names.
 * Capitals are kept only in a name printed in mixed case ("ENT Surgery").
 */
export function titleCase(text: string): string {
  const shouted = !/\p{Ll}/u.test(text);
  return text
    .replace(/&/g, ' and ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && MINOR_WORDS.has(lower)) return lower;
      return !shouted && /^\p{Lu}{2,}$/u.test(word) ? word : lower.replace(/(^|[-/])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}
