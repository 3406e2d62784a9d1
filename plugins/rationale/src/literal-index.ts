import { createLiteralPrefilter, type PatternFilter } from '@imrkit/core';

/** How many recently scanned texts keep their candidates. */
const RECENT_TEXTS = 4;

/**
 * Which of the cue patterns a text may match, found in one pass: a pattern
 * none of whose required literals occurs in the text cannot match it (the
 * core's literal prefilter). Cue patterns are large alternations, most absent
 * from most sentences; one scan for all their literals replaces running each.
 *
 * The index is sealed when first used: a pattern added afterwards (one built
 * per item) is not indexed and always may match.
 */
export class LiteralIndex {
  private readonly patterns: RegExp[] = [];
  private readonly indexed = new Set<RegExp>();
  private filter: PatternFilter | null = null;
  /** The last texts scanned and what they may match: every cue is tried on the same sentence, and some on the whole rationale, in turn. */
  private readonly recent = new Map<string, Set<RegExp>>();

  add(pattern: RegExp): void {
    if (this.filter) return;
    this.patterns.push(pattern);
    this.indexed.add(pattern);
  }

  /** False when `pattern` cannot match `text`; true when it may. */
  mayMatch(pattern: RegExp, text: string): boolean {
    const filter = (this.filter ??= createLiteralPrefilter(this.patterns));
    if (!this.indexed.has(pattern)) return true;
    let candidates = this.recent.get(text);
    if (!candidates) {
      candidates = new Set(filter(text, 0, text.length).map((index) => this.patterns[index] as RegExp));
      if (this.recent.size >= RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
      this.recent.set(text, candidates);
    }
    return candidates.has(pattern);
  }
}
