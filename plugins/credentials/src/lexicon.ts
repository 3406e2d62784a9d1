import { remembered } from '@imrkit/core';
import { editDistance } from './edit-distance.js';
import { letterCount, matchKey, normalizeName } from './normalize.js';

/** How many edits a misspelt name may carry: `edits` for names of up to `upToLetters` letters (`null`: any length). */
export interface EditTolerance {
  upToLetters: number | null;
  edits: number;
}

export interface LexiconEntry<T> {
  value: T;
  /** Names matched after normalisation, exactly or within a few edits. */
  names: readonly string[];
  /** Names matched only exactly as printed, case included (USPS codes: "CA", never the word "ca"). */
  verbatim?: readonly string[];
}

export interface LexiconOptions {
  maxEdits: readonly EditTolerance[];
  /** Words skipped between the names of a list ("the State of", board acronyms). */
  ignoredWords?: readonly string[];
}

/** Canonical values looked up by any of their names, exactly or within a few edits. */
export interface Lexicon<T> {
  /** The value whose name equals `text` (a verbatim name as printed, any other after normalisation). */
  exact(text: string): T | null;
  /** The value whose name is nearest to `text`, when it is within tolerance and no other name is as near. */
  nearest(text: string): T | null;
  /** Whether a printed word is one to skip between names (all its parts: "board-certified"). */
  ignores(word: string): boolean;
  /** The most words any name has: how far an exact match can reach. */
  readonly longestName: number;
}

/** How many answers of each look-up a lexicon keeps: readers try the same word windows again and again. */
const CACHE_SIZE = 5000;

export function createLexicon<T>(entries: readonly LexiconEntry<T>[], options: LexiconOptions): Lexicon<T> {
  const byKey = new Map<string, T>();
  const byPrint = new Map<string, T>();
  for (const { value, names, verbatim } of entries) {
    for (const name of names) byKey.set(matchKey(name), value);
    for (const name of verbatim ?? []) byPrint.set(name, value);
  }
  const ignored = new Set((options.ignoredWords ?? []).map(normalizeName));
  const allowed = (name: string): number => options.maxEdits.find((t) => t.upToLetters === null || letterCount(name) <= t.upToLetters)?.edits ?? 0;
  // Each name's tolerance, computed once: `nearest` compares against every name on every call.
  const names = [...byKey].map(([name, value]) => ({ name, value, max: allowed(name) }));
  const nearestByKey = remembered((wanted: string): T | null => {
    let best: { value: T; distance: number } | null = null;
    let tied = false;
    for (const { name, value, max } of names) {
      const distance = editDistance(wanted, name, max);
      if (distance > max) continue;
      if (!best || distance < best.distance) {
        best = { value, distance };
        tied = false;
      } else if (distance === best.distance && value !== best.value) tied = true;
    }
    return best && !tied ? best.value : null;
  }, CACHE_SIZE);
  const longestName = Math.max(...[...byKey.keys()].map((n) => n.split(' ').length));

  return {
    longestName,
    exact: remembered((text) => byPrint.get(text) ?? byKey.get(matchKey(text)) ?? null, CACHE_SIZE),
    ignores: remembered((word) => normalizeName(word).split(' ').every((w) => ignored.has(w)), CACHE_SIZE),
    // Printed forms differ more often than their keys: the edit distances are kept by key.
    nearest: remembered((text) => nearestByKey(matchKey(text)), CACHE_SIZE),
  };
}
