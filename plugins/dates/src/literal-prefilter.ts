import { LiteralAutomaton } from './literal-automaton.js';
import { foldsLikeLowerCase, requiredLiterals } from './required-literals.js';

/** Which patterns of a list can match a text: `may[i]` is false only when pattern `i` cannot match it. */
export type PatternFilter = (text: string) => Uint8Array;

const WORD_RUN = /[A-Za-z0-9]+/g;

/** The longest run of ASCII letters and digits in `literal`: a part of it that the text must hold between two other characters. */
function longestWordRun(literal: string): string {
  return (literal.match(WORD_RUN) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/**
 * A prefilter by literals: a pattern can match only a text that holds one of
 * its required literals, and so that literal's longest run of letters and
 * digits. One pass of an automaton over the text finds every such run at
 * once. Runs are compared case-insensitively even for a case-sensitive
 * pattern, which only lets it run more often. Patterns without a requirement
 * always pass, as does every pattern on a text whose case folding
 * `toLowerCase` does not mirror.
 */
export function createLiteralPrefilter(patterns: readonly RegExp[]): PatternFilter {
  const always = new Uint8Array(patterns.length);
  const runs: string[] = [];
  const patternsOfRun: number[][] = [];
  const runIndex = new Map<string, number>();
  patterns.forEach((regex, index) => {
    const needed = requiredLiterals(regex)?.map((literal) => longestWordRun(literal).toLowerCase()) ?? null;
    if (needed === null || needed.includes('')) {
      always[index] = 1;
      return;
    }
    for (const run of new Set(needed)) {
      let at = runIndex.get(run);
      if (at === undefined) {
        at = runs.length;
        runs.push(run);
        patternsOfRun.push([]);
        runIndex.set(run, at);
      }
      patternsOfRun[at]?.push(index);
    }
  });
  const automaton = new LiteralAutomaton(runs);
  return (text) => {
    if (!foldsLikeLowerCase(text)) return new Uint8Array(patterns.length).fill(1);
    const may = always.slice();
    automaton.scan(text, 0, text.length, (run) => {
      for (const index of patternsOfRun[run] as number[]) may[index] = 1;
    });
    return may;
  };
}
