import fc from 'fast-check';

/** Runs per property: small by default, CI sets FAST_CHECK_RUNS for the big count. */
export const runs = (share = 1): number => Math.max(1, Math.round(Number(process.env.FAST_CHECK_RUNS ?? 100) * share));

/** A letter changed the ways real archives damage letters: cut, duplicated, shuffled, noisy. */
export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'duplicate'; from: number; to: number }
  | { kind: 'shuffle'; order: number[] }
  | { kind: 'noise'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: number[] };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('duplicate' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('shuffle' as const), order: fc.array(fc.nat(), { minLength: 2, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('noise' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.string({ unit: 'binary', maxLength: 200 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 }) }),
);

/** Applies mutations in turn; the result is text, or bytes once random bytes went in. */
export function mutate(letter: string, mutations: readonly Mutation[]): string | Uint8Array {
  let text = letter;
  let bytes: Uint8Array | null = null;
  for (const m of mutations) {
    const at = (fraction: number): number => Math.floor(fraction * text.length);
    if (m.kind === 'cut') text = text.slice(0, at(m.at));
    else if (m.kind === 'duplicate') {
      const [a, b] = [at(m.from), at(m.to)].sort((x, y) => x - y) as [number, number];
      text = text.slice(0, b) + text.slice(a, b) + text.slice(b);
    } else if (m.kind === 'shuffle') {
      const paragraphs = text.split(/\n\s*\n|\n/);
      text = m.order.map((i) => paragraphs[i % paragraphs.length] ?? '').join('\n\n');
    } else if (m.kind === 'noise') text = text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    else {
      const encoded = Buffer.from(text, 'utf8');
      const cut = Math.floor(m.at * encoded.length);
      const joined = Buffer.concat([encoded.subarray(0, cut), Buffer.from(m.bytes), encoded.subarray(cut)]);
      bytes = joined;
      text = joined.toString('latin1');
    }
  }
  return bytes ?? text;
}
