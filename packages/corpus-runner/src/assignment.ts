/**
 * Pairs rows with columns so that the total weight is as large as possible
 * (Hungarian algorithm, O(n²m)); every row or every column, whichever is fewer, is
 * paired. Greedy "best pair first" is not enough here: it can take the one pair
 * that leaves the others unmatched. Returns `[row, column]` pairs sorted by row.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): Array<[number, number]> {
  const rowCount = weights.length;
  const columnCount = weights[0]?.length ?? 0;
  if (rowCount === 0 || columnCount === 0) return [];
  // The algorithm needs n ≤ m; transpose when there are more rows than columns.
  const transposed = rowCount > columnCount;
  const n = transposed ? columnCount : rowCount;
  const m = transposed ? rowCount : columnCount;
  const cost = (i: number, j: number): number => -(transposed ? weights[j]![i]! : weights[i]![j]!);

  // 1-based potentials and matching, index 0 is the algorithm's virtual column.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const rowOfColumn = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    rowOfColumn[0] = i;
    let column = 0;
    const minimum = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[column] = true;
      const row = rowOfColumn[column]!;
      let delta = Infinity;
      let next = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(row - 1, j - 1) - u[row]! - v[j]!;
        if (reduced < minimum[j]!) {
          minimum[j] = reduced;
          way[j] = column;
        }
        if (minimum[j]! < delta) {
          delta = minimum[j]!;
          next = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOfColumn[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minimum[j]! -= delta;
        }
      }
      column = next;
    } while (rowOfColumn[column] !== 0);
    do {
      const previous = way[column]!;
      rowOfColumn[column] = rowOfColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }

  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= m; j++) {
    const i = rowOfColumn[j]!;
    if (i !== 0) pairs.push(transposed ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
