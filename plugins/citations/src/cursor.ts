import type { Span } from '@imrkit/core';

/** A match read at the cursor: its span in the document text and its capture groups with theirs. */
export interface Token {
  text: string;
  span: Span;
  groups: ({ text: string; span: Span } | undefined)[];
}

/**
 * A reading position inside one region of the document text. Patterns are
 * sticky (`y`) with indices (`d`), so a match is read exactly at the position
 * and every group keeps its offsets.
 */
export class Cursor {
  /** The document text cut at the region's end, so no pattern reads past it. */
  readonly source: string;

  constructor(text: string, public pos: number, readonly end: number, source?: string) {
    this.source = source ?? text.slice(0, end);
  }

  clone(): Cursor {
    return new Cursor(this.source, this.pos, this.end, this.source);
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  skipSpaces(): void {
    while (this.pos < this.end && /\s/.test(this.source[this.pos] as string)) this.pos++;
  }

  /** Matches `pattern` at the position without moving. */
  peek(pattern: RegExp): Token | null {
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.source);
    if (!m || m.index !== this.pos) return null;
    const groups = m.slice(1).map((text, i) => {
      const at = m.indices?.[i + 1];
      return text === undefined || !at ? undefined : { text, span: [at[0], at[1]] as Span };
    });
    return { text: m[0], span: [m.index, m.index + m[0].length], groups };
  }

  /** Matches `pattern` at the position and moves past it. */
  take(pattern: RegExp): Token | null {
    const token = this.peek(pattern);
    if (token) this.pos = token.span[1];
    return token;
  }

  /** The first position from here, outside parentheses, where one of `stops` matches; the end when none does. */
  nextTopLevel(stops: readonly RegExp[]): number {
    let depth = 0;
    for (let i = this.pos; i < this.end; i++) {
      const c = this.source[i];
      if (c === '(' || c === '[') depth++;
      else if ((c === ')' || c === ']') && depth > 0) depth--;
      if (depth > 0) continue;
      for (const stop of stops) {
        stop.lastIndex = i;
        const m = stop.exec(this.source);
        if (m && m.index === i) return i;
      }
    }
    return this.end;
  }

  /** `[from, to)` without its surrounding spaces and trailing period. */
  trimmed(from: number, to: number): Span {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(this.source[s] as string)) s++;
    while (e > s && /[\s.]/.test(this.source[e - 1] as string)) e--;
    return [s, e];
  }
}
