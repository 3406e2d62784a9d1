import { LiteralAutomaton } from './literal-automaton.js';
import { requiredLiterals } from './required-literals.js';

/** The patterns of a list that can match [from, to) of a text, as indices in list order: any other cannot match there. */
export type PatternFilter = (text: string, from: number, to: number) => number[];

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
 * always pass.
 */
export function createLiteralPrefilter(patterns: readonly RegExp[]): PatternFilter {
  const always: number[] = [];
  const runs: string[] = [];
  const patternsOfRun: number[][] = [];
  const runIndex = new Map<string, number>();
  patterns.forEach((regex, index) => {
    const needed = requiredLiterals(regex)?.map((literal) => longestWordRun(literal).toLowerCase()) ?? null;
    if (needed === null || needed.includes('')) {
      always.push(index);
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
  // Scratch marks, cleared after each call: allocating typed arrays per clause costs more than the scan.
  const seen = new Uint8Array(runs.length);
  const may = new Uint8Array(patterns.length);
  return (text, from, to) => {
    automaton.scan(text, from, to, seen);
    for (const index of always) may[index] = 1;
    for (let run = 0; run < seen.length; run++) {
      if (!seen[run]) continue;
      seen[run] = 0;
      for (const index of patternsOfRun[run] as number[]) may[index] = 1;
    }
    const candidates: number[] = [];
    for (let index = 0; index < may.length; index++) {
      if (!may[index]) continue;
      may[index] = 0;
      candidates.push(index);
    }
    return candidates;
  };
}
