import { withinOneEdit } from './edit-distance.js';

/** The strings `word` gives with one letter deleted. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Names indexed by themselves and their one-letter deletions, so the names one
 * edit from a word are found with a few lookups instead of comparing every
 * name. Two strings one edit apart (a letter added, dropped, replaced, or two
 * neighbours swapped) always share a key: one is the other's deletion, or
 * both give the same deletion.
 */
export class OneEditIndex<T> {
  private readonly byKey = new Map<string, [string, T][]>();

  add(name: string, value: T): void {
    for (const key of new Set([name, ...deletions(name)])) {
      const named = this.byKey.get(key);
      if (named) named.push([name, value]);
      else this.byKey.set(key, [[name, value]]);
    }
  }

  /** The values of every name exactly one edit from `word`. */
  near(word: string): Set<T> {
    const found = new Set<T>();
    for (const key of [word, ...deletions(word)]) {
      for (const [name, value] of this.byKey.get(key) ?? []) if (withinOneEdit(word, name)) found.add(value);
    }
    return found;
  }
}
