import type { Span } from '@imrkit/core';

/** A match read at the cursor: its span in the document text and, for a pattern with indices (`d`), its capture groups with theirs. */
export interface Token {
  span: Span;
  groups: ({ text: string; span: Span } | undefined)[];
}

const SPACE = /\s/;
const [OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET, CLOSE_BRACKET, PERIOD] = [...'()[].'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number];
/** `\s` of a regex, by character code: ASCII without a regex call. */
export const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code)));

/**
 * A reading position inside one region of the document text. Patterns are
 * sticky (`y`), so a match is read exactly at the position; a pattern whose
 * groups are located also has indices (`d`), so every group keeps its offsets.
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
    while (this.pos < this.end && isSpace(this.source.charCodeAt(this.pos))) this.pos++;
  }

  /** Matches `pattern` at the position without moving. */
  peek(pattern: RegExp): Token | null {
    pattern.lastIndex = this.pos;
    // Without groups to locate, `test` reads the span from `lastIndex` and builds no match array.
    if (pattern.sticky && !pattern.hasIndices) return pattern.test(this.source) ? { span: [this.pos, pattern.lastIndex], groups: [] } : null;
    const m = pattern.exec(this.source);
    if (!m || m.index !== this.pos) return null;
    const { indices } = m;
    const groups = indices
      ? m.slice(1).map((text, i) => {
          const at = indices[i + 1];
          return text === undefined || !at ? undefined : { text, span: [at[0], at[1]] as Span };
        })
      : [];
    return { span: [m.index, m.index + m[0].length], groups };
  }

  /** Matches `pattern` at the position and moves past it. */
  take(pattern: RegExp): Token | null {
    const token = this.peek(pattern);
    if (token) this.pos = token.span[1];
    return token;
  }

  /**
   * The first position from here, outside parentheses, where one of `stops`
   * matches; the end when none does. `opens`, when given, says at which
   * characters a stop may start: no stop is tried at the others.
   */
  nextTopLevel(stops: readonly RegExp[], opens?: (code: number) => boolean): number {
    let depth = 0;
    for (let i = this.pos; i < this.end; i++) {
      const code = this.source.charCodeAt(i);
      if (code === OPEN_PAREN || code === OPEN_BRACKET) depth++;
      else if ((code === CLOSE_PAREN || code === CLOSE_BRACKET) && depth > 0) depth--;
      if (depth > 0 || (opens && !opens(code))) continue;
      for (const stop of stops) {
        stop.lastIndex = i;
        if (stop.test(this.source)) return i;
      }
    }
    return this.end;
  }

  /** `[from, to)` without its surrounding spaces and trailing period. */
  trimmed(from: number, to: number): Span {
    let s = from;
    let e = to;
    while (s < e && isSpace(this.source.charCodeAt(s))) s++;
    while (e > s && (isSpace(this.source.charCodeAt(e - 1)) || this.source.charCodeAt(e - 1) === PERIOD)) e--;
    return [s, e];
  }
}
