/** One printed form of a canonical title, as a sticky pattern. */
export interface TitleAlias {
  title: string;
  pattern: RegExp;
}

/** A lowercase ASCII letter or digit an alias's pattern must open with; null when it may open otherwise. */
export type Opening = string | null;

const lowerAscii = (c: string): string => (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);

/**
 * Title aliases in reading order (longest first), grouped by the character
 * each must open with, so a reader tries at a position only the aliases that
 * can match there instead of every pattern of the list.
 */
export class TitleList {
  /** Per opening character, its aliases and those that may open with anything, in reading order. */
  private readonly byOpening = new Map<string, TitleAlias[]>();
  private readonly anyOpening: TitleAlias[];

  constructor(aliases: readonly { alias: TitleAlias; opening: Opening }[]) {
    this.anyOpening = aliases.filter((a) => a.opening === null).map((a) => a.alias);
    for (const key of new Set(aliases.map((a) => a.opening))) {
      if (key !== null) this.byOpening.set(key, aliases.filter((a) => a.opening === key || a.opening === null).map((a) => a.alias));
    }
  }

  /**
   * The aliases that may match at `pos`, in reading order. Under the `i` flag
   * (without `u`) an ASCII letter matches only its two ASCII cases, so the
   * character lowercased is the key.
   */
  at(source: string, pos: number): readonly TitleAlias[] {
    const c = source[pos];
    return (c !== undefined && this.byOpening.get(lowerAscii(c))) || this.anyOpening;
  }
}
