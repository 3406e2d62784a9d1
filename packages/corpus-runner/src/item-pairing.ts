import { textMatches, textSimilarity, type MatchMode } from './normalize.js';

/** Golden items paired with predicted items, in order. */
export interface ItemPairing {
  /** `[golden index, predicted index]`, both increasing. */
  pairs: Array<[number, number]>;
  /** Golden item index → its predicted item index. */
  byGolden: Map<number, number>;
}

/** The best alignment of a suffix of both lists, and the step that starts it. */
interface Cell {
  pairs: number;
  similarity: number;
  step: 'pair' | 'skip-golden' | 'skip-predicted' | 'end';
}

const better = (a: Cell, b: Cell): boolean => a.pairs > b.pairs || (a.pairs === b.pairs && a.similarity > b.similarity);

/**
 * Guide §3: items pair up in order by label similarity. An order-preserving alignment
 * (like a longest common subsequence) that maximises the number of pairs whose labels
 * match under `mode`, then their total similarity. Greedy first-match would let an
 * early spurious item steal the partner of a later golden one.
 */
export function pairItems(
  golden: readonly { label: string }[],
  predicted: readonly { label: string }[],
  mode: MatchMode = 'token-set',
): ItemPairing {
  const n = golden.length;
  const m = predicted.length;
  // best[i][j]: the best alignment of golden[i..] with predicted[j..].
  const best: Cell[][] = Array.from({ length: n + 1 }, () =>
    Array.from({ length: m + 1 }, (): Cell => ({ pairs: 0, similarity: 0, step: 'end' })),
  );
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skipGolden = best[i + 1]![j]!;
      const skipPredicted = best[i]![j + 1]!;
      let cell: Cell = better(skipPredicted, skipGolden)
        ? { ...skipPredicted, step: 'skip-predicted' }
        : { ...skipGolden, step: 'skip-golden' };
      const a = golden[i]!.label;
      const b = predicted[j]!.label;
      if (textMatches(a, b, mode)) {
        const after = best[i + 1]![j + 1]!;
        const paired: Cell = { pairs: after.pairs + 1, similarity: after.similarity + textSimilarity(a, b, mode), step: 'pair' };
        // On a tie, pairing here keeps pairs as early as possible.
        if (!better(cell, paired)) cell = paired;
      }
      best[i]![j] = cell;
    }
  }

  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const step = best[i]![j]!.step;
    if (step === 'pair') pairs.push([i, j]);
    if (step !== 'skip-predicted') i += 1;
    if (step !== 'skip-golden') j += 1;
  }
  return { pairs, byGolden: new Map(pairs) };
}
