/** Letters and digits are the symbols; any other character ends every literal in progress. */
const SYMBOLS = 36;
const SYMBOL_OF = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) SYMBOL_OF[48 + c] = c;
for (let c = 0; c < 26; c++) {
  SYMBOL_OF[65 + c] = 10 + c;
  SYMBOL_OF[97 + c] = 10 + c;
}

/**
 * Finds which of a fixed set of literals (ASCII letters and digits, compared
 * case-insensitively) occur in a text, all of them in one pass over it: an
 * Aho-Corasick automaton, as a table of `state × symbol → state`. Looking for
 * each literal in turn, or keeping an answer per word of the text, costs many
 * times more.
 */
export class LiteralAutomaton {
  readonly #next: Uint16Array | Int32Array;
  /** The literals (indices into the constructor's list) that end at each state. */
  readonly #ending: (readonly number[])[];

  constructor(literals: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const ending: number[][] = [[]];
    literals.forEach((literal, index) => {
      let state = 0;
      for (const ch of literal) {
        const symbol = SYMBOL_OF[ch.charCodeAt(0)] ?? -1;
        if (symbol < 0) throw new Error(`Unexpected "${ch}" in literal "${literal}", expected ASCII letters and digits`);
        let child = children[state]?.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ending.push([]);
          children[state]?.set(symbol, child);
        }
        state = child;
      }
      ending[state]?.push(index);
    });
    // Breadth first, each state's transitions are its children's or else those of its longest proper suffix state.
    // Two bytes a transition while states are few: the table is read at every character.
    const next = children.length <= 0xffff ? new Uint16Array(children.length * SYMBOLS) : new Int32Array(children.length * SYMBOLS);
    const suffix = new Int32Array(children.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const fallback = suffix[state] as number;
      if (state !== 0) ending[state]?.push(...(ending[fallback] ?? []));
      for (let symbol = 0; symbol < SYMBOLS; symbol++) {
        const child = children[state]?.get(symbol);
        const viaSuffix = state === 0 ? 0 : (next[fallback * SYMBOLS + symbol] as number);
        if (child === undefined) {
          next[state * SYMBOLS + symbol] = viaSuffix;
        } else {
          next[state * SYMBOLS + symbol] = child;
          suffix[child] = viaSuffix;
          queue.push(child);
        }
      }
    }
    this.#next = next;
    this.#ending = ending;
  }

  /** Calls `found` with the index of each literal occurring in [from, to) of `text` (once per occurrence). */
  scan(text: string, from: number, to: number, found: (literal: number) => void): void {
    const next = this.#next;
    const endingAt = this.#ending;
    let state = 0;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const symbol = code < 128 ? (SYMBOL_OF[code] as number) : -1;
      if (symbol < 0) {
        state = 0;
        continue;
      }
      state = next[state * SYMBOLS + symbol] as number;
      const ending = endingAt[state] as readonly number[];
      for (let k = 0; k < ending.length; k++) found(ending[k] as number);
    }
  }
}
