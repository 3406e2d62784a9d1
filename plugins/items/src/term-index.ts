import type { Span } from '@imrkit/core';
import { longestFirst } from './term-pattern.js';
import { NO_NODE, TermTrie, type TermRef } from './term-trie.js';

/** One term of a list found in a text: its span and its index in the list. */
export interface TermMatch {
  span: Span;
  term: number;
}

/** The term a walk found for one list, and where it ends. */
interface Found {
  ref: TermRef;
  end: number;
}

const NONE: TermMatch[] = [];

/** `[a-z0-9]` of a case-insensitive regex: ASCII letters and digits only. */
const isWordChar = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
};
const SPACE = /\s/;
const SPACE_OR_HYPHEN = /[\s-]/;
const SLASH = 47;

/** Every term of every list, each with its list, its rank in the list's longest-first order and its index. */
function* rankedTerms(lists: readonly (readonly string[])[]): Generator<[string, TermRef]> {
  for (const [list, terms] of lists.entries()) {
    // Sorting indices (stably) orders equal terms as sorting the terms themselves does.
    const order = terms.map((_, i) => i).sort((a, b) => longestFirst(terms[a] as string, terms[b] as string));
    for (const [rank, term] of order.entries()) yield [terms[term] as string, { list, rank, term }];
  }
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
  private readonly trie: TermTrie;
  private readonly lists: number;

  constructor(lists: readonly (readonly string[])[]) {
    this.lists = lists.length;
    this.trie = new TermTrie(rankedTerms(lists));
  }

  /** Per list, the terms found in `text`, left to right. */
  find(text: string): readonly (readonly TermMatch[])[] {
    // Most lists find nothing in a label: they share one empty array.
    const found = new Array<TermMatch[]>(this.lists).fill(NONE);
    const atPosition: Found[] = [];
    for (let at = 0; at < text.length; at++) {
      if (at > 0 && isWordChar(text, at - 1)) continue;
      const first = this.trie.child(TermTrie.ROOT, text.charCodeAt(at));
      if (first === NO_NODE) continue;
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

  /** Keeps in `found`, per list, the earliest-ranked term that matches on from `from` and ends on a word boundary. */
  private walk(from: number, text: string, start: number, found: Found[]): void {
    const { trie } = this;
    let node = from;
    let at = start;
    while (node !== NO_NODE) {
      const terms = trie.terms(node);
      if (terms && !isWordChar(text, at)) for (const ref of terms) keepEarliest(found, ref, at);
      // Parts hold no space, hyphen or slash, so a separator takes the whole run of them: it cannot backtrack.
      const loose = trie.loose(node);
      if (loose !== NO_NODE) {
        let j = at;
        while (j < text.length && SPACE_OR_HYPHEN.test(text[j] as string)) j++;
        this.walk(loose, text, j, found);
      }
      const slash = trie.slash(node);
      if (slash !== NO_NODE) {
        let j = at;
        while (j < text.length && SPACE.test(text[j] as string)) j++;
        if (text.charCodeAt(j) === SLASH) {
          j++;
          while (j < text.length && SPACE.test(text[j] as string)) j++;
          this.walk(slash, text, j, found);
        }
      }
      node = at < text.length ? trie.child(node, text.charCodeAt(at)) : NO_NODE;
      at++;
    }
  }
}

/** Keeps `ref`, ending at `end`, unless its list already has an earlier-ranked term here. */
function keepEarliest(found: Found[], ref: TermRef, end: number): void {
  for (const known of found) {
    if (known.ref.list !== ref.list) continue;
    if (ref.rank < known.ref.rank) Object.assign(known, { ref, end });
    return;
  }
  found.push({ ref, end });
}
