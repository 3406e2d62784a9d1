import { escapeRegExp } from './escape.js';
import { requiredLiterals } from '@imrkit/core';

/**
 * Which of many patterns a text may match, found in one pass: each pattern is
 * registered with literals one of which every match of it contains, and a
 * pattern none of whose literals occurs in the text cannot match it. Cue
 * patterns are large alternations, most absent from most sentences; one scan
 * for all their literals replaces running each of them.
 *
 * The index is sealed when first used: a pattern added afterwards (one built
 * per item) is not indexed and always may match.
 */
/** Literals are cut to this many characters: selective enough, and they collapse into few keys. */
const KEY_LENGTH = 8;
/** How many recently scanned texts keep their candidates. */
const RECENT_TEXTS = 4;

export class LiteralIndex {
  private readonly literalsOf = new Map<RegExp, readonly string[]>();
  private sealed: { scanner: RegExp; patternsAt: Map<string, RegExp[]> } | null = null;
  /** The last texts scanned and what they may match: every cue is tried on the same sentence, and some on the whole rationale, in turn. */
  private readonly recent = new Map<string, Set<RegExp>>();

  /** Indexes a case-insensitive pattern by its required literals, unless the index is sealed. */
  add(pattern: RegExp): void {
    if (this.sealed || !pattern.flags.includes('i')) return;
    const literals = requiredLiterals(pattern);
    if (literals) this.literalsOf.set(pattern, literals);
  }

  /** False when `pattern` cannot match `text`; true when it may. */
  mayMatch(pattern: RegExp, text: string): boolean {
    this.sealed ??= this.seal();
    if (!this.literalsOf.has(pattern)) return true;
    let candidates = this.recent.get(text);
    if (!candidates) {
      candidates = this.candidates(text.toLowerCase());
      if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
      this.recent.set(text, candidates);
    }
    return candidates.has(pattern);
  }

  /** The indexed patterns that may match `lowered`, a text in lower case. */
  private candidates(lowered: string): Set<RegExp> {
    const { scanner, patternsAt } = this.sealed ??= this.seal();
    const found = new Set<RegExp>();
    scanner.lastIndex = 0;
    for (let m = scanner.exec(lowered); m !== null; m = scanner.exec(lowered)) {
      for (const pattern of patternsAt.get(m[1] as string) ?? []) found.add(pattern);
      scanner.lastIndex = m.index + 1;
    }
    return found;
  }

  /**
   * A scanner that reports, at each position, the longest literal starting
   * there; every shorter literal starting there is one of its prefixes, so the
   * patterns owning any of them are listed under the longest.
   */
  private seal(): { scanner: RegExp; patternsAt: Map<string, RegExp[]> } {
    const owners = new Map<string, RegExp[]>();
    for (const [pattern, literals] of this.literalsOf) {
      // A prefix of a required literal is required too; short prefixes make few, cheap alternatives.
      for (const literal of new Set(literals.map((l) => l.slice(0, KEY_LENGTH)))) owners.set(literal, [...(owners.get(literal) ?? []), pattern]);
    }
    const literals = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const patternsAt = new Map<string, RegExp[]>();
    for (const literal of literals) {
      const patterns = new Set<RegExp>();
      for (let end = 1; end <= literal.length; end++) for (const p of owners.get(literal.slice(0, end)) ?? []) patterns.add(p);
      patternsAt.set(literal, [...patterns]);
    }
    // With nothing indexed, a scanner that never matches.
    const scanner = literals.length > 0 ? new RegExp(`(?=(${literals.map(escapeRegExp).join('|')}))`, 'g') : /(?!)/g;
    return { scanner, patternsAt };
  }
}
