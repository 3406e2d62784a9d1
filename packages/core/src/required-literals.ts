/**
 * What a piece of pattern can match, as far as a prefilter needs to know:
 * `exact`, every string it can match when those are few (null when unbounded
 * or too many), and `required`, strings one of which every match contains
 * (null when nothing is guaranteed).
 */
interface Reach {
  exact: ReadonlySet<string> | null;
  required: ReadonlySet<string> | null;
}

/** Beyond this many exact strings a piece is treated as open-ended. */
const MAX_EXACT = 64;
const EMPTY: Reach = { exact: new Set(['']), required: null };
const OPEN: Reach = { exact: null, required: null };

const nonEmpty = (set: ReadonlySet<string> | null): set is ReadonlySet<string> => set !== null && set.size > 0 && ![...set].includes('');

/** The shortest string of a set: a candidate set is as selective as its shortest member. */
const shortest = (set: ReadonlySet<string>): number => Math.min(...[...set].map((s) => s.length));

/** A set this large costs about as much to look for as running the pattern. */
const MAX_USEFUL = 100000;

/** Whether `a` is a better required set than `b`: a usable size, then a longer shortest member, then fewer members. */
function better(a: ReadonlySet<string>, b: ReadonlySet<string> | null): boolean {
  if (b === null) return true;
  if (a.size <= MAX_USEFUL !== b.size <= MAX_USEFUL) return a.size <= MAX_USEFUL;
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.size < b.size);
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A sequence: runs of exact pieces join into longer literals; the most selective literal set wins. */
function sequence(pieces: readonly Reach[]): Reach {
  let best: ReadonlySet<string> | null = null;
  let run: Set<string> = new Set(['']);
  const closeRun = (): void => {
    if (nonEmpty(run) && better(run, best)) best = run;
  };
  let exact: Set<string> | null = new Set(['']);
  for (const piece of pieces) {
    exact = exact && piece.exact ? product(exact, piece.exact) : null;
    if (piece.exact) {
      const grown = product(run, piece.exact);
      // A run that would grow past the limit is kept as a candidate and a new one starts here.
      if (!grown) closeRun();
      run = grown ?? new Set(piece.exact);
    } else {
      closeRun();
      run = new Set(['']);
      if (nonEmpty(piece.required) && better(piece.required, best)) best = piece.required;
    }
  }
  closeRun();
  if (exact && nonEmpty(exact) && better(exact, best)) best = exact;
  return { exact, required: best };
}

function alternation(branches: readonly Reach[]): Reach {
  const exact = new Set<string>();
  const required = new Set<string>();
  let exactOpen = false;
  let requiredOpen = false;
  for (const branch of branches) {
    if (branch.exact && !exactOpen) for (const s of branch.exact) exact.add(s);
    else exactOpen = true;
    const own = nonEmpty(branch.exact) && (!branch.required || better(branch.exact, branch.required)) ? branch.exact : branch.required;
    if (nonEmpty(own)) for (const s of own) required.add(s);
    else requiredOpen = true;
  }
  return { exact: exactOpen || exact.size > MAX_EXACT ? null : exact, required: requiredOpen ? null : required };
}

/** A quantified piece: optional pieces guarantee nothing; a piece repeated at least once guarantees what it does once. */
function quantified(piece: Reach, min: number, max: number): Reach {
  if (min === 0 && max === 1) return { exact: piece.exact ? new Set([...piece.exact, '']) : null, required: null };
  if (min === 0) return OPEN;
  const once = nonEmpty(piece.exact) && (!piece.required || better(piece.exact, piece.required)) ? piece.exact : piece.required;
  return { exact: min === 1 && max === 1 ? piece.exact : null, required: nonEmpty(once) ? once : null };
}

/** A reader over a pattern source, for the subset of syntax the cue data uses; anything else reads as open-ended. */
class PatternReader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly fold: (s: string) => string,
  ) {}

  read(): Reach {
    const reach = this.disjunction();
    if (this.at !== this.source.length) throw new Error(`Unexpected ${this.source[this.at]} at ${this.at}`);
    return reach;
  }

  private disjunction(): Reach {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? (branches[0] as Reach) : alternation(branches);
  }

  private alternative(): Reach {
    const pieces: Reach[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') pieces.push(this.term());
    return sequence(pieces);
  }

  private term(): Reach {
    const atom = this.atom();
    const quantifier = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(this.source.slice(this.at, this.at + 12));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    if (quantifier[1]) return quantified(atom, quantifier[1] === '+' ? 1 : 0, quantifier[1] === '?' ? 1 : Infinity);
    const min = Number(quantifier[2]);
    const max = quantifier[3] === undefined ? min : quantifier[4] === '' ? Infinity : Number(quantifier[4]);
    return quantified(atom, min, max);
  }

  private atom(): Reach {
    const ch = this.source[this.at] as string;
    this.at++;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.') return OPEN;
    return { exact: new Set([this.fold(ch)]), required: null };
  }

  private group(): Reach {
    const lookaround = /^\?<?[=!]/.exec(this.source.slice(this.at, this.at + 3));
    const named = /^\?<[A-Za-z]\w*>/.exec(this.source.slice(this.at, this.at + 40));
    if (lookaround) this.at += lookaround[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (named) this.at += named[0].length;
    const inner = this.disjunction();
    if (this.source[this.at] !== ')') throw new Error(`Unexpected end of group at ${this.at}`);
    this.at++;
    // A lookaround consumes nothing, so it adds no characters to a match.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Reach {
    const end = this.classEnd();
    const body = this.source.slice(this.at, end);
    this.at = end + 1;
    // Only small classes of plain characters are enumerated: `[- ]`, `[’']`.
    if (body.startsWith('^') || /\\|.-./s.test(body)) return OPEN;
    return { exact: new Set([...body].map(this.fold)), required: null };
  }

  private classEnd(): number {
    for (let i = this.at; i < this.source.length; i++) {
      if (this.source[i] === '\\') i++;
      else if (this.source[i] === ']') return i;
    }
    throw new Error('Unexpected end of character class');
  }

  private escape(): Reach {
    const ch = this.source[this.at] as string;
    this.at++;
    if (ch === 'b' || ch === 'B') return EMPTY;
    if (/[dDwWsSpPkcux0-9]/.test(ch)) return this.skipEscapeArgument(ch);
    const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    return { exact: new Set([this.fold(control[ch] ?? ch)]), required: null };
  }

  /** Escapes with arguments (`\p{L}`, `\u00e9`, `\x41`, `\cJ`, `\1`) read as open-ended. */
  private skipEscapeArgument(ch: string): Reach {
    const argument = { p: /^\{[^}]*\}/, P: /^\{[^}]*\}/, k: /^<[^>]*>/, u: /^[0-9a-fA-F]{4}/, x: /^[0-9a-fA-F]{2}/, c: /^[A-Za-z]/ }[ch];
    const skipped = argument?.exec(this.source.slice(this.at, this.at + 40));
    if (skipped) this.at += skipped[0].length;
    return OPEN;
  }
}

/**
 * Literal strings one of which occurs in every match of `pattern` (in lower
 * case for a case-insensitive pattern), or null when no such set is known. A
 * text containing none of them cannot match, so the pattern need not run.
 * Syntax outside the reader's subset makes the answer null, never wrong.
 */
export function requiredLiterals(pattern: RegExp): string[] | null {
  const fold = pattern.flags.includes('i') ? (s: string) => s.toLowerCase() : (s: string) => s;
  try {
    const { exact, required } = new PatternReader(pattern.source, fold).read();
    const best = nonEmpty(exact) && (!required || better(exact, required)) ? exact : required;
    return nonEmpty(best) && best.size <= MAX_USEFUL ? [...best] : null;
  } catch {
    return null;
  }
}
