/** Letters and digits are the symbols; any other character ends every literal in progress. */
const SYMBOLS = 36;
const SYMBOL_OF = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) SYMBOL_OF[48 + c] = c;
for (let c = 0; c < 26; c++) {
  SYMBOL_OF[65 + c] = 10 + c;
  SYMBOL_OF[97 + c] = 10 + c;
}
// Unicode case folding takes these two to ASCII letters, as a pattern with the `i` and `u` flags reads them.
const LONG_S = 0x017f;
const KELVIN = 0x212a;

/** The symbol of a UTF-16 code unit, or -1 for one no literal holds. */
const symbolOf = (code: number): number =>
  code < 128 ? (SYMBOL_OF[code] as number) : code === LONG_S ? (SYMBOL_OF[115] as number) : code === KELVIN ? (SYMBOL_OF[107] as number) : -1;
// States are numbered in two bytes: the transition table is read at every character, and smaller is faster.
const MAX_STATES = 0xffff;

/**
 * Finds which of a fixed set of literals (ASCII letters and digits, compared
 * case-insensitively as a pattern with the `i` and `u` flags compares them, so
 * "ſ" is an "s") occur in a text, all of them in one pass over it: an
 * Aho-Corasick automaton, as a table of `state × symbol → state`. Looking for
 * each literal in turn, or keeping an answer per word of the text, costs many
 * times more.
 */
export class LiteralAutomaton {
  /** How many literals it looks for. */
  readonly size: number;
  readonly #next: Uint16Array;
  /** The literals ending at state `s` are `#ending[#endingFrom[s] .. #endingFrom[s + 1])`. */
  readonly #endingFrom: Int32Array;
  readonly #ending: Int32Array;

  constructor(literals: readonly string[]) {
    this.size = literals.length;
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
    if (children.length > MAX_STATES) throw new Error(`Unexpected ${children.length} automaton states, expected at most ${MAX_STATES}`);
    // Breadth first, each state's transitions are its children's or else those of its longest proper suffix state.
    const next = new Uint16Array(children.length * SYMBOLS);
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
    this.#endingFrom = Int32Array.from([0, ...ending.map((e) => e.length)].map((_, i, counts) => counts.slice(0, i + 1).reduce((a, b) => a + b, 0)));
    this.#ending = Int32Array.from(ending.flat());
  }

  /** Sets `seen[i]` for each literal `i` that occurs in [from, to) of `text`. */
  scan(text: string, from: number, to: number, seen: Uint8Array): void {
    const next = this.#next;
    const endingFrom = this.#endingFrom;
    const ending = this.#ending;
    let state = 0;
    for (let i = from; i < to; i++) {
      const symbol = symbolOf(text.charCodeAt(i));
      if (symbol < 0) {
        state = 0;
        continue;
      }
      state = next[state * SYMBOLS + symbol] as number;
      for (let k = endingFrom[state] as number, end = endingFrom[state + 1] as number; k < end; k++) seen[ending[k] as number] = 1;
    }
  }
}
