import { editDistance } from './edit-distance.js';
import { letterCount, normalizeName } from './normalize.js';

/** How many edits a misspelt name may carry: `edits` for names of up to `upToLetters` letters (`null`: any length). */
export interface EditTolerance {
  upToLetters: number | null;
  edits: number;
}

/** Canonical values looked up by any of their names, exactly or within a few edits. */
export interface Lexicon<T> {
  /** The value whose name equals `text` after normalisation. */
  exact(text: string): T | null;
  /** The value whose name is nearest to `text`, when it is within tolerance and no other name is as near. */
  nearest(text: string): T | null;
  /** The most words any name has: how far an exact match can reach. */
  readonly longestName: number;
}

export function createLexicon<T>(entries: readonly { value: T; names: readonly string[] }[], tolerance: readonly EditTolerance[]): Lexicon<T> {
  const byName = new Map<string, T>();
  for (const { value, names } of entries) for (const name of names) byName.set(normalizeName(name), value);
  const allowed = (name: string): number => tolerance.find((t) => t.upToLetters === null || letterCount(name) <= t.upToLetters)?.edits ?? 0;
  const longestName = Math.max(...[...byName.keys()].map((n) => n.split(' ').length));

  return {
    longestName,
    exact: (text) => byName.get(normalizeName(text)) ?? null,
    nearest(text) {
      const wanted = normalizeName(text);
      let best: { value: T; distance: number } | null = null;
      let tied = false;
      for (const [name, value] of byName) {
        const max = allowed(name);
        const distance = editDistance(wanted, name, max);
        if (distance > max) continue;
        if (!best || distance < best.distance) {
          best = { value, distance };
          tied = false;
        } else if (distance === best.distance && value !== best.value) tied = true;
      }
      return best && !tied ? best.value : null;
    },
  };
}
