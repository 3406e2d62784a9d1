import { jsonLeaves, sameLeaf, type Leaf } from './json-leaves.js';
import type { DocumentResult, LetterResult, Parity, ParityDifference } from './result.js';

/** Where the variants of one letter disagree: every pointer whose value is not the same in all of them. */
export function parityDifferences(documents: readonly Pick<DocumentResult, 'variant' | 'data'>[]): ParityDifference[] {
  const leaves = documents.map((document) => jsonLeaves(document.data));
  const pointers = new Set(leaves.flatMap((map) => [...map.keys()]));
  const differences: ParityDifference[] = [];
  for (const pointer of pointers) {
    const first = leaves[0]!.get(pointer);
    if (leaves.every((map) => sameLeaf(map.get(pointer), first))) continue;
    const values: ParityDifference['values'] = {};
    documents.forEach((document, i) => {
      const value: Leaf | undefined = leaves[i]!.get(pointer);
      if (value !== undefined) values[document.variant] = value;
    });
    differences.push({ pointer, values });
  }
  return differences;
}

/** Variant parity over the letters that have two variants or more. */
export function corpusParity(letters: readonly LetterResult[]): Parity {
  const compared = letters.filter((letter) => letter.documents.length >= 2);
  const differing = compared
    .map((letter) => ({ letter: letter.id, differences: parityDifferences(letter.documents) }))
    .filter((entry) => entry.differences.length > 0);
  const inParity = compared.length - differing.length;
  return { letters: compared.length, inParity, share: compared.length === 0 ? null : inParity / compared.length, differing };
}
