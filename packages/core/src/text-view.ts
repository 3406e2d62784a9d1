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

const WHITESPACE = /\s/;

/**
 * Builds a {@link TextView} piece by piece. Whitespace is collapsed to one space,
 * paragraphs are trimmed and separated by a single `\n`, empty paragraphs vanish.
 * Every inserted separator maps to the original whitespace or markup it stands for.
 */
export class TextViewBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  private pendingSpace = -1;
  private pendingBreak = -1;

  constructor(private readonly originalLength: number) {}

  /** Appends `text` whose character `i` sits at original offset `offsetOf(i)`. */
  push(text: string, offsetOf: (i: number) => number): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (WHITESPACE.test(ch)) {
        if (this.pendingSpace < 0) this.pendingSpace = offsetOf(i);
        continue;
      }
      this.flush();
      this.chars.push(ch);
      this.offsets.push(offsetOf(i));
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
    return this.chars.length === 0 || this.pendingBreak >= 0 || this.chars[this.chars.length - 1] === '\n';
  }

  get length(): number {
    return this.chars.length;
  }

  private flush(): void {
    if (this.chars.length > 0 && this.chars[this.chars.length - 1] !== '\n') {
      if (this.pendingBreak >= 0) {
        this.chars.push('\n');
        this.offsets.push(this.pendingBreak);
      } else if (this.pendingSpace >= 0) {
        this.chars.push(' ');
        this.offsets.push(this.pendingSpace);
      }
    }
    this.pendingBreak = -1;
    this.pendingSpace = -1;
  }

  build(): TextView {
    const map = new Int32Array(this.offsets.length + 1);
    map.set(this.offsets);
    map[this.offsets.length] = this.originalLength;
    return { text: this.chars.join(''), map };
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
