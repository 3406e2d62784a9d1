/**
 * Greedy hard-wrapping as a PDF text extractor shows it: words kept whole, the
 * space at a break dropped, a hyphenated word split after one of its hyphens
 * when that is where the line runs out. No hyphen is ever invented.
 */

export interface WrapOptions {
  /** Maximum characters of text on a line (the trailing space not counted). */
  width: number;
  /** Called for each split at a hyphen: true leaves a space after the hyphen ("non- "). */
  spaceAfterHyphen: () => boolean;
}

/** One wrapped line, as it will be printed (its trailing space included). */
export interface WrappedLine {
  text: string;
  /** True when the line ends inside a hyphenated word ("non-" / "certified"). */
  hyphenated: boolean;
}

/** The longest prefix of `word` that ends just after a hyphen between two letters and is at most `room` long. */
export function hyphenPrefix(word: string, room: number): string | undefined {
  let best: string | undefined;
  for (let i = 1; i < word.length - 1 && i < room; i++) {
    if (word[i] === '-' && /\p{L}/u.test(word[i - 1] ?? '') && /\p{L}/u.test(word[i + 1] ?? '')) best = word.slice(0, i + 1);
  }
  return best;
}

export function wrapParagraph(text: string, options: WrapOptions): WrappedLine[] {
  const { width } = options;
  const lines: WrappedLine[] = [];
  let current = '';
  let gap = '';

  const flush = (hyphenated: boolean): void => {
    const trailing = hyphenated ? (options.spaceAfterHyphen() ? ' ' : '') : ' ';
    lines.push({ text: current + trailing, hyphenated });
    current = '';
    gap = '';
  };

  const place = (input: string): void => {
    let word = input;
    for (;;) {
      const sep = current === '' ? '' : gap;
      if (current.length + sep.length + word.length <= width) {
        current += sep + word;
        gap = '';
        return;
      }
      const prefix = hyphenPrefix(word, width - current.length - sep.length);
      if (prefix) {
        current += sep + prefix;
        flush(true);
        word = word.slice(prefix.length);
        continue;
      }
      if (current === '') {
        // A word longer than the line stands alone on it.
        current = word;
        return;
      }
      flush(false);
    }
  };

  for (const token of text.match(/\S+|\s+/g) ?? []) {
    if (/^\s/.test(token)) gap = current === '' ? '' : token.replace(/[^ ]/g, ' ');
    else place(token);
  }
  if (current !== '') flush(false);
  return lines;
}
