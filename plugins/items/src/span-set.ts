import type { Span } from '@imrkit/core';

/** Spans of a label already claimed by a reader; later readers skip text that overlaps them. */
export class SpanSet {
  readonly spans: Span[] = [];

  overlaps([s, e]: Span): boolean {
    return this.spans.some(([a, b]) => s < b && a < e);
  }

  add(span: Span): void {
    this.spans.push(span);
  }

  /** True when offset `at` lies inside a claimed span. */
  covers(at: number): boolean {
    return this.spans.some(([a, b]) => at >= a && at < b);
  }
}
