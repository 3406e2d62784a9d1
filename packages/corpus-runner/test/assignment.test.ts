import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from '../src/assignment.js';

/** The best total over every way to pair min(rows, columns) rows and columns, by brute force. */
function bestTotal(weights: number[][]): number {
  const rows = weights.length;
  const columns = weights[0]?.length ?? 0;
  const search = (row: number, used: Set<number>, left: number): number => {
    if (left === 0 || row === rows) return left === 0 ? 0 : -Infinity;
    let best = rows - row > left ? search(row + 1, used, left) : -Infinity;
    for (let column = 0; column < columns; column++) {
      if (used.has(column)) continue;
      used.add(column);
      best = Math.max(best, weights[row]![column]! + search(row + 1, used, left - 1));
      used.delete(column);
    }
    return best;
  };
  return search(0, new Set(), Math.min(rows, columns));
}

describe('maxWeightAssignment', () => {
  it('beats taking the best pair first', () => {
    // Greedy takes 0↔0 (0.9) and is left with 1↔1 (0): 0.9. The best is 0↔1 + 1↔0 = 1.6.
    expect(
      maxWeightAssignment([
        [0.9, 0.8],
        [0.8, 0],
      ]),
    ).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('pairs every row or every column, whichever is fewer', () => {
    expect(maxWeightAssignment([[0.2], [0.7], [0.1]])).toEqual([[1, 0]]);
    expect(maxWeightAssignment([[0.2, 0.7, 0.1]])).toEqual([[0, 1]]);
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[]])).toEqual([]);
  });

  it('finds the best total on random matrices', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = 1 + Math.floor(random() * 5);
      const weights = Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.round(random() * 10) / 10));
      const pairs = maxWeightAssignment(weights);
      expect(pairs).toHaveLength(Math.min(rows, columns));
      expect(new Set(pairs.map(([, column]) => column)).size).toBe(pairs.length);
      const total = pairs.reduce((sum, [row, column]) => sum + weights[row]![column]!, 0);
      expect(total).toBeCloseTo(bestTotal(weights), 9);
    }
  });
});
