import { pointerToken } from '@imrkit/core';

export type Scalar = string | number | boolean | null;

/** A leaf of a record: a scalar, or a list of scalars (compared as a whole or as a set). */
export type Leaf = Scalar | Scalar[];

const isScalar = (value: unknown): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * Every leaf of `value` by JSON Pointer below `base`: scalars, and lists that hold only
 * scalars (an empty list included). Objects and lists of objects are walked into.
 */
export function jsonLeaves(value: unknown, base = ''): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node) && node.every(isScalar)) leaves.set(pointer, node);
    else if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${pointer}/${i}`));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${pointerToken(key)}`);
    } else if (isScalar(node)) leaves.set(pointer, node);
  };
  walk(value, base);
  return leaves;
}

/** Two leaves are equal when their scalars are, lists in order. */
export const sameLeaf = (a: Leaf | undefined, b: Leaf | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
