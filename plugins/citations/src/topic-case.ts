import { lexicon } from './lexicon.js';

/**
 * A topic printed in capitals ("MUSCLE RELAXANTS (FOR PAIN)") takes the
 * guideline's own casing when the title is known, else sentence case; any
 * other topic stays as printed.
 */
export function topicCase(printed: string): string {
  if (/\p{Ll}/u.test(printed) || !/\p{Lu}/u.test(printed)) return printed;
  const known = lexicon().topicCasing.get(printed.toLowerCase());
  if (known) return known;
  const lower = printed.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
