/**
 * Cuts a letter's text at every span boundary, so that overlapping spans never
 * produce crossed markup: each piece is covered by a fixed set of spans, and a
 * span is the run of pieces that carry its index. Nested spans nest, crossing
 * spans split cleanly; an empty span becomes an empty piece at its offset.
 */

export interface Piece {
  start: number;
  end: number;
  /** Indices (into the spans given) of the spans covering this piece, longest first. */
  spans: number[];
}

export type SpanRange = readonly [number, number];

/** The pieces of `[0, length)`, in order; a piece no span covers has `spans: []`. */
export function cutAtSpans(length: number, spans: readonly SpanRange[]): Piece[] {
  const valid = spans.map(([s, e]) => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))] as const);
  const cuts = new Set<number>([0, length]);
  for (const [s, e] of valid) {
    cuts.add(s);
    cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byLength = valid.map((_, i) => i).sort((a, b) => spanLength(valid[b]) - spanLength(valid[a]) || a - b);
  const pieces: Piece[] = [];
  for (let k = 0; k < points.length; k++) {
    const at = points[k] as number;
    // Empty spans sit before the text at their offset.
    const empty = byLength.filter((i) => valid[i]?.[0] === at && valid[i]?.[1] === at);
    if (empty.length > 0) pieces.push({ start: at, end: at, spans: empty });
    const next = points[k + 1];
    if (next === undefined) break;
    const covering = byLength.filter((i) => (valid[i]?.[0] ?? 0) <= at && (valid[i]?.[1] ?? 0) >= next && spanLength(valid[i]) > 0);
    pieces.push({ start: at, end: next, spans: covering });
  }
  return pieces;
}

function spanLength(span: readonly [number, number] | undefined): number {
  return span ? span[1] - span[0] : 0;
}
