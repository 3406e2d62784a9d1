import type { Span } from './record.js';

/**
 * The clean text plugins read: one paragraph per line, single spaces, no markup,
 * with a map from every character back to its offset in the original input.
 */
export interface TextView {
  text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` is the original length. */
  map: Int32Array;
}

/** Exactly the characters of the regex class `\s`, by code: testing a regex per character was the view's hot spot. */
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Builds a {@link TextView} piece by piece. Whitespace is collapsed to one space,
 * paragraphs are trimmed and separated by a single `\n`, empty paragraphs vanish.
 * Every inserted separator maps to the original whitespace or markup it stands for.
 * Text is kept as runs and offsets in a typed array: 4 bytes a character, where
 * arrays of characters and numbers took 16 (a 14 MB letter took 220 MB).
 */
export class TextViewBuilder {
  private readonly parts: string[] = [];
  private offsets = new Int32Array(1024);
  private size = 0;
  private last = '';
  private pendingSpace = -1;
  private pendingBreak = -1;

  constructor(private readonly originalLength: number) {}

  /** Appends `text` whose character `i` sits at original offset `offsetOf(i)`. */
  push(text: string, offsetOf: (i: number) => number): void {
    let i = 0;
    while (i < text.length) {
      if (isWhitespace(text.charCodeAt(i))) {
        if (this.pendingSpace < 0) this.pendingSpace = offsetOf(i);
        i++;
        continue;
      }
      this.flush();
      const start = i;
      for (; i < text.length && !isWhitespace(text.charCodeAt(i)); i++) this.append(offsetOf(i));
      this.parts.push(text.slice(start, i));
      this.last = text[i - 1] as string;
    }
  }

  /** Appends text that sits contiguously in the original from `start`. */
  pushAt(text: string, start: number): void {
    this.push(text, (i) => start + i);
  }

  /** Ends the current paragraph; `at` is the original offset the break stands for. */
  paragraphBreak(at: number): void {
    if (this.pendingBreak < 0) this.pendingBreak = at;
  }

  /** Separates two runs of text with a space (e.g. two table cells). */
  space(at: number): void {
    if (this.pendingSpace < 0) this.pendingSpace = at;
  }

  /** True when nothing has been written to the current paragraph yet. */
  get atParagraphStart(): boolean {
    return this.size === 0 || this.pendingBreak >= 0 || this.last === '\n';
  }

  get length(): number {
    return this.size;
  }

  private append(offset: number): void {
    if (this.size === this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.size++] = offset;
  }

  private separator(ch: string, offset: number): void {
    this.parts.push(ch);
    // A break may stand for the end of an element left open to the end of the input: it still points at a character.
    this.append(Math.max(0, Math.min(offset, this.originalLength - 1)));
    this.last = ch;
  }

  private flush(): void {
    if (this.size > 0 && this.last !== '\n') {
      if (this.pendingBreak >= 0) this.separator('\n', this.pendingBreak);
      else if (this.pendingSpace >= 0) this.separator(' ', this.pendingSpace);
    }
    this.pendingBreak = -1;
    this.pendingSpace = -1;
  }

  build(): TextView {
    const map = new Int32Array(this.size + 1);
    map.set(this.offsets.subarray(0, this.size));
    map[this.size] = this.originalLength;
    return { text: this.parts.join(''), map };
  }
}

/** Converts a `[start, end)` span of the view into a span of the original text. */
export function toOriginalSpan(view: TextView, span: Span): Span {
  const [start, end] = span;
  if (end <= start) {
    const at = view.map[Math.min(start, view.text.length)] ?? 0;
    return [at, at];
  }
  const first = view.map[start] ?? 0;
  const last = view.map[end - 1] ?? first;
  return [first, Math.max(first, last) + 1];
}

/** The paragraphs of a view, as spans (the view holds one paragraph per line). */
export function paragraphSpans(text: string, end = text.length): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start < end) {
    let stop = text.indexOf('\n', start);
    if (stop < 0 || stop > end) stop = end;
    if (stop > start) spans.push([start, stop]);
    start = stop + 1;
  }
  return spans;
}
