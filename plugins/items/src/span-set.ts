import type { Span } from '@imrkit/core';

/**
 * Spans of a label that readers read as something other than the name: the
 * name keeps only the text outside them, and no category term may overlap them.
 */
export class SpanSet {
  readonly spans: Span[] = [];

  overlaps([s, e]: Span): boolean {
    return this.spans.some(([a, b]) => s < b && a < e);
  }

  add(span: Span): void {
    this.spans.push(span);
  }

  /** Per offset of a text of `length` characters, 1 where a span covers it, else 0. */
  coverage(length: number): Uint8Array {
    const covered = new Uint8Array(length);
    for (const [a, b] of this.spans) covered.fill(1, Math.max(0, a), Math.min(length, b));
    return covered;
  }
}
