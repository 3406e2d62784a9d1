import { createLiteralPrefilter, remembered } from '@imrkit/core';

/** How many recently scanned texts keep their candidates: every cue is tried on the same sentence, and some on the whole rationale, in turn. */
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
  /** Each indexed pattern and its place in the prefilter's list. */
  private readonly places = new Map<RegExp, number>();
  private candidatesOf: ((text: string) => ReadonlySet<number>) | null = null;

  add(pattern: RegExp): void {
    if (!this.candidatesOf && !this.places.has(pattern)) this.places.set(pattern, this.places.size);
  }

  /** False when `pattern` cannot match `text`; true when it may. */
  mayMatch(pattern: RegExp, text: string): boolean {
    this.candidatesOf ??= this.seal();
    const place = this.places.get(pattern);
    return place === undefined || this.candidatesOf(text).has(place);
  }

  private seal(): (text: string) => ReadonlySet<number> {
    const filter = createLiteralPrefilter([...this.places.keys()]);
    return remembered((text: string) => new Set(filter(text, 0, text.length)), RECENT_TEXTS);
  }
}
