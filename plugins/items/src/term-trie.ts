import { termParts } from './term-pattern.js';

/** A term as the trie keeps it: its list, its place in the list's longest-first order, and its index in the list. */
export interface TermRef {
  list: number;
  rank: number;
  term: number;
}

/** A node while the trie is built; `TermTrie` then lays the nodes out in arrays. */
interface BuildNode {
  next: Map<number, BuildNode>;
  loose: BuildNode | null;
  slash: BuildNode | null;
  terms: TermRef[];
}

const newNode = (): BuildNode => ({ next: new Map(), loose: null, slash: null, terms: [] });

// A case-insensitive regex (without the `u` flag) compares characters upper-cased, except
// that a non-ASCII character never folds to an ASCII one; `fold` does the same.
const ASCII_FOLDED = Uint16Array.from({ length: 128 }, (_, code) => String.fromCharCode(code).toUpperCase().charCodeAt(0));
export function fold(code: number): number {
  if (code < 128) return ASCII_FOLDED[code] as number;
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
}

/** No node: what `child`, `loose` and `slash` return when the trie has no such edge. */
export const NO_NODE = -1;

/**
 * A character trie of lexicon terms. Its edges are case-folded characters and
 * two kinds of separator: `loose` (a space or hyphen of the term: any run of
 * spaces and hyphens, or nothing) and `slash` (a slash, with optional spaces).
 * Built with maps, it is then laid out in typed arrays, nodes numbered depth
 * first: a walk along a term reads neighbouring memory instead of a map per
 * character, which matters once the rest of a letter's work has pushed the
 * lexicon out of the processor's caches.
 */
export class TermTrie {
  static readonly ROOT = 0;
  /** The edges of node `n` are `edgeStart[n]` to `edgeStart[n + 1]`, sorted by character. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly looseTo: Int32Array;
  private readonly slashTo: Int32Array;
  private readonly ending: (TermRef[] | null)[] = [];

  constructor(terms: Iterable<[string, TermRef]>) {
    const root = newNode();
    for (const [term, ref] of terms) add(root, term, ref);
    const nodes: BuildNode[] = [];
    const numbered = new Map<BuildNode, number>();
    const visit = (node: BuildNode): void => {
      numbered.set(node, nodes.push(node) - 1);
      for (const key of [...node.next.keys()].sort((a, b) => a - b)) visit(node.next.get(key) as BuildNode);
      if (node.loose) visit(node.loose);
      if (node.slash) visit(node.slash);
    };
    visit(root);
    const edges = nodes.reduce((sum, node) => sum + node.next.size, 0);
    this.edgeStart = new Int32Array(nodes.length + 1);
    this.edgeChar = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    this.looseTo = new Int32Array(nodes.length).fill(NO_NODE);
    this.slashTo = new Int32Array(nodes.length).fill(NO_NODE);
    let edge = 0;
    nodes.forEach((node, n) => {
      this.edgeStart[n] = edge;
      for (const key of [...node.next.keys()].sort((a, b) => a - b)) {
        this.edgeChar[edge] = key;
        this.edgeTo[edge++] = numbered.get(node.next.get(key) as BuildNode) as number;
      }
      if (node.loose) this.looseTo[n] = numbered.get(node.loose) as number;
      if (node.slash) this.slashTo[n] = numbered.get(node.slash) as number;
      this.ending.push(node.terms.length > 0 ? node.terms : null);
    });
    this.edgeStart[nodes.length] = edge;
  }

  /** The node reached from `node` by the character `code` (case-folded), or `NO_NODE`. */
  child(node: number, code: number): number {
    const key = fold(code);
    let lo = this.edgeStart[node] as number;
    let hi = this.edgeStart[node + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.edgeChar[mid] as number;
      if (c === key) return this.edgeTo[mid] as number;
      if (c < key) lo = mid + 1;
      else hi = mid;
    }
    return NO_NODE;
  }

  loose(node: number): number {
    return this.looseTo[node] as number;
  }

  slash(node: number): number {
    return this.slashTo[node] as number;
  }

  /** The terms that end at `node`, or null. */
  terms(node: number): readonly TermRef[] | null {
    return this.ending[node] ?? null;
  }
}

function add(root: BuildNode, term: string, ref: TermRef): void {
  let node = root;
  termParts(term).forEach((part, i) => {
    if (i % 2 === 1) {
      node = part === '/' ? (node.slash ??= newNode()) : (node.loose ??= newNode());
      return;
    }
    // An empty part (a separator opening or closing the term, or two in a row) would let the regex backtrack into it.
    if (part === '') throw new Error(`Lexicon term "${term}" must start and end with a letter or digit and have one separator between words`);
    for (let at = 0; at < part.length; at++) {
      const key = fold(part.charCodeAt(at));
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
  });
  node.terms.push(ref);
}
