import type { Span } from '@imrkit/core';
import { longestFirst, termParts } from './term-pattern.js';

/** One term of a list found in a text: its span and its index in the list. */
export interface TermMatch {
  span: Span;
  term: number;
}

/** A term: its list, its place in the list's longest-first order, and its index in the list. */
interface TermRef {
  list: number;
  rank: number;
  term: number;
}

/** A node of the character trie; edges are case-folded character codes and the two kinds of separator. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** A space or hyphen in the term: any run of spaces and hyphens, or nothing. */
  loose: TrieNode | null;
  /** A slash in the term, with optional spaces around it. */
  slash: TrieNode | null;
  /** The terms that end here. */
  terms: TermRef[];
}

/** The term a walk found for one list, and where it ends. */
interface Found {
  ref: TermRef;
  end: number;
}

const NONE: TermMatch[] = [];
const newNode = (): TrieNode => ({ next: new Map(), loose: null, slash: null, terms: [] });

/** `[a-z0-9]` of a case-insensitive regex: ASCII letters and digits only. */
const isWordChar = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
const SPACE = /\s/;
const SPACE_OR_HYPHEN = /[\s-]/;
const SLASH = 47;

// A case-insensitive regex (without the `u` flag) compares characters upper-cased, except
// that a non-ASCII character never folds to an ASCII one; `fold` does the same.
const ASCII_FOLDED = Uint16Array.from({ length: 128 }, (_, code) => String.fromCharCode(code).toUpperCase().charCodeAt(0));
function fold(code: number): number {
  if (code < 128) return ASCII_FOLDED[code] as number;
  const upper = String.fromCharCode(code).toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
}

/**
 * Finds the terms of several lists in a text with one walk of a character
 * trie per word start, instead of running a regex alternation of every term
 * per list. Each list's matches are exactly those of the case-insensitive
 * global pattern `(?<![a-z0-9])(?:${alternation(terms)})(?![a-z0-9])` (see
 * term-pattern.ts): left to right, not overlapping, and at each position the
 * first term in longest-first order that ends on a word boundary.
 */
export class TermIndex {
  private readonly root = newNode();
  private readonly lists: number;

  constructor(lists: readonly (readonly string[])[]) {
    this.lists = lists.length;
    lists.forEach((terms, list) => {
      // Sorting indices (stably) orders equal terms as sorting the terms themselves does.
      const order = terms.map((_, i) => i).sort((a, b) => longestFirst(terms[a] as string, terms[b] as string));
      order.forEach((term, rank) => this.add(terms[term] as string, { list, rank, term }));
    });
  }

  private add(term: string, ref: TermRef): void {
    let node = this.root;
    termParts(term).forEach((part, i) => {
      if (i % 2 === 1) {
        node = part === '/' ? (node.slash ??= newNode()) : (node.loose ??= newNode());
        return;
      }
      // An empty part (a separator opening or closing the term, or two in a row) would let the regex backtrack into it.
      if (part === '') throw new Error(`Lexicon term "${term}" must start and end with a letter or digit and have one separator between words`);
      for (let i = 0; i < part.length; i++) {
        const key = fold(part.charCodeAt(i));
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
    });
    node.terms.push(ref);
  }

  /** Per list, the terms found in `text`, left to right. */
  find(text: string): readonly (readonly TermMatch[])[] {
    // Most lists find nothing in a label: they share one empty array.
    const found = new Array<TermMatch[]>(this.lists).fill(NONE);
    const atPosition: Found[] = [];
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && isWordChar(text, at - 1)) continue;
      const first = this.root.next.get(fold(text.charCodeAt(at)));
      if (!first) continue;
      atPosition.length = 0;
      this.walk(first, text, at + 1, atPosition);
      for (const { ref, end } of atPosition) {
        let matches = found[ref.list] as TermMatch[];
        // A list's scan resumes after its last match, as a global regex does.
        const last = matches[matches.length - 1];
        if (last && at < last.span[1]) continue;
        if (matches === NONE) found[ref.list] = matches = [];
        matches.push({ span: [at, end], term: ref.term });
      }
    }
    return found;
  }

  /** Keeps in `found`, per list, the earliest-ranked term that matches on from `node` and ends on a word boundary. */
  private walk(from: TrieNode, text: string, start: number, found: Found[]): void {
    let node: TrieNode | undefined = from;
    for (let at = start; node; node = at < text.length ? node.next.get(fold(text.charCodeAt(at++))) : undefined) {
      if (node.terms.length > 0 && !isWordChar(text, at)) for (const ref of node.terms) keepEarliest(found, ref, at);
      // Parts hold no space, hyphen or slash, so a separator takes the whole run of them: it cannot backtrack.
      if (node.loose) {
        let j = at;
        while (j < text.length && SPACE_OR_HYPHEN.test(text[j] as string)) j++;
        this.walk(node.loose, text, j, found);
      }
      if (node.slash) {
        let j = at;
        while (j < text.length && SPACE.test(text[j] as string)) j++;
        if (text.charCodeAt(j) === SLASH) {
          j++;
          while (j < text.length && SPACE.test(text[j] as string)) j++;
          this.walk(node.slash, text, j, found);
        }
      }
    }
  }
}

function keepEarliest(found: Found[], ref: TermRef, end: number): void {
  for (const known of found) {
    if (known.ref.list !== ref.list) continue;
    if (ref.rank < known.ref.rank) Object.assign(known, { ref, end });
    return;
  }
  found.push({ ref, end });
}
