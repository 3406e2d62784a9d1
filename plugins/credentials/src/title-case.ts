const MINOR_WORDS = new Set(['and', 'of', 'the', 'in', 'for', 'with']);

/** "sleep & wake medicine" → "Sleep and Wake Medicine": how an unknown specialty is kept, in the style of the canonical names. */
export function titleCase(text: string): string {
  return text
    .replace(/\s*&\s*/g, ' and ')
    .split(/\s+/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && MINOR_WORDS.has(lower)) return lower;
      return /^\p{Lu}{2,}$/u.test(word) ? word : lower.replace(/(^|[-/])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}
