/**
 * How far a text strays from ASCII, which decides whether a pattern may drop
 * its `u` flag on it: 0, ASCII only; 1, no character that the `u` flag reads
 * differently (see {@link unicodeTwin}); 2, some such character.
 */
export type TextReach = 0 | 1 | 2;

/** A pattern, or its twin without the `u` flag, for text of a given reach. */
export type PatternForText = (reach: TextReach) => RegExp;

const NON_ASCII = /[^\x00-\x7f]/;
// Case folding takes "ſ" to "s" and the Kelvin sign to "k" only under `u`, and `\w` holds them; `u` reads a surrogate pair as one character.
const READ_DIFFERENTLY = /[\u017f\u212a\ud800-\udfff]/;

/** The reach of `text`: tested once per text, then handed to each of its patterns. */
export const textReach = (text: string): TextReach => (!NON_ASCII.test(text) ? 0 : READ_DIFFERENTLY.test(text) ? 2 : 1);

// On ASCII text a letter or a number is one of these.
const ASCII_PROPERTIES: Record<string, string> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9' };

/**
 * A pattern that reads text as `regex` does, or `regex` itself. V8 runs `\b`
 * and case-insensitive matching ten times slower and more under the `u` flag,
 * so where it changes nothing a twin without it runs instead. For an ASCII
 * source without back-references the flag changes nothing on text without the
 * characters {@link READ_DIFFERENTLY} lists; a source with `\p{L}`, `\p{Lu}`,
 * `\p{Ll}` or `\p{N}` gets them as ASCII ranges, so its twin is only for ASCII
 * text. Any other source keeps the flag.
 */
export function unicodeTwin(regex: RegExp): PatternForText {
  if (!regex.unicode) return () => regex;
  const { source } = regex;
  let twin = '';
  let asciiOnly = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch.charCodeAt(0) > 0x7f) return () => regex;
    if (ch !== '\\') {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      twin += ch;
      continue;
    }
    const next = source[i + 1] ?? '';
    const property = /^p\{(\w+)\}/.exec(source.slice(i + 1, i + 12));
    if (property) {
      const range = ASCII_PROPERTIES[property[1] as string];
      if (range === undefined) return () => regex;
      twin += inClass ? range : `[${range}]`;
      asciiOnly = true;
      i += property[0].length;
    } else if (/[1-9kpPu]/.test(next)) {
      // Back-references compare case-insensitively in two ways; `\u{...}` and other properties have no twin.
      return () => regex;
    } else {
      twin += ch + next;
      i++;
    }
  }
  const fast = new RegExp(twin, regex.flags.replace('u', ''));
  const limit: TextReach = asciiOnly ? 0 : 1;
  return (reach) => (reach <= limit ? fast : regex);
}
