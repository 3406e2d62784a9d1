/**
 * What a piece of pattern can match: `exact`, every string it can match when
 * those are few (else null); `required`, strings one of which every match
 * holds (else null).
 */
interface Reach {
  readonly exact: readonly string[] | null;
  readonly required: readonly string[] | null;
}

/** Beyond this many exact strings a piece counts as open-ended. */
const MAX_EXACT = 64;
const OPEN: Reach = { exact: null, required: null };
const EMPTY: Reach = { exact: [''], required: null };
// Escapes that stand for a class of characters or need more reading than a prefilter is worth: they guarantee nothing.
const CLASS_ESCAPES = new Set([...'dDsSwWnrtfv0123456789']);
const QUANTIFIER = /(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/y;

const unique = (strings: readonly string[]): string[] => [...new Set(strings)];
const usable = (set: readonly string[] | null): set is readonly string[] => set !== null && set.length > 0 && !set.includes('');
const shortest = (set: readonly string[]): number => Math.min(...set.map((s) => s.length));

/** The more selective of two requirements: the longer shortest member, then the fewer members. */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!usable(a)) return usable(b) ? b : null;
  if (!usable(b)) return a;
  const la = shortest(a);
  const lb = shortest(b);
  return la > lb || (la === lb && a.length <= b.length) ? a : b;
}

const strongest = (reach: Reach): readonly string[] | null => better(reach.exact, reach.required);

function product(a: readonly string[], b: readonly string[]): string[] | null {
  return a.length * b.length > MAX_EXACT ? null : unique(a.flatMap((x) => b.map((y) => x + y)));
}

/** Pieces in a row: runs of exact pieces join into longer literals; the most selective requirement wins. */
function sequence(pieces: readonly Reach[]): Reach {
  let exact: readonly string[] | null = [''];
  let run: readonly string[] = [''];
  let best: readonly string[] | null = null;
  for (const piece of pieces) {
    exact = exact && piece.exact ? product(exact, piece.exact) : null;
    const grown = piece.exact ? product(run, piece.exact) : null;
    if (grown) {
      run = grown;
      continue;
    }
    best = better(best, run);
    run = piece.exact ?? [''];
    if (!piece.exact) best = better(best, piece.required);
  }
  return { exact, required: better(best, run) };
}

function alternation(branches: readonly Reach[]): Reach {
  const exact = branches.every((b) => b.exact) ? unique(branches.flatMap((b) => b.exact ?? [])) : null;
  const own = branches.map(strongest);
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, required: own.every(usable) ? unique(own.flatMap((s) => s ?? [])) : null };
}

/** A piece repeated `min` to `max` times: an optional piece guarantees nothing, a repeated one what it guarantees once. */
function quantified(piece: Reach, min: number, max: number): Reach {
  if (min === 0) return { exact: max === 1 && piece.exact ? unique([...piece.exact, '']) : null, required: null };
  return { exact: min === 1 && max === 1 ? piece.exact : null, required: strongest(piece) };
}

/** A recursive reader over a pattern source; syntax it does not know throws, and the pattern then has no requirement. */
class PatternReader {
  #at = 0;

  constructor(
    private readonly source: string,
    /** Folds a literal for comparison with folded text; null for a character whose case it cannot fold safely. */
    private readonly fold: (ch: string) => string | null,
  ) {}

  read(): Reach {
    const reach = this.disjunction();
    if (this.#at !== this.source.length) throw new Error(`Unexpected "${this.source[this.#at]}" at ${this.#at}`);
    return reach;
  }

  private disjunction(): Reach {
    const branches = [this.alternative()];
    while (this.source[this.#at] === '|') {
      this.#at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? (branches[0] as Reach) : alternation(branches);
  }

  private alternative(): Reach {
    const pieces: Reach[] = [];
    while (this.#at < this.source.length && this.source[this.#at] !== '|' && this.source[this.#at] !== ')') pieces.push(this.term());
    return sequence(pieces);
  }

  private term(): Reach {
    const atom = this.atom();
    QUANTIFIER.lastIndex = this.#at;
    const q = QUANTIFIER.exec(this.source);
    if (!q) return atom;
    this.#at += q[0].length;
    if (q[1]) return quantified(atom, q[1] === '+' ? 1 : 0, q[1] === '?' ? 1 : Number.POSITIVE_INFINITY);
    const min = Number(q[2]);
    return quantified(atom, min, !q[3] ? min : q[4] ? Number(q[4]) : Number.POSITIVE_INFINITY);
  }

  private atom(): Reach {
    const ch = this.source[this.#at++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape(false) ?? OPEN;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '.') return OPEN;
    if ('*+?{})]|'.includes(ch)) throw new Error(`Unexpected "${ch}" at ${this.#at - 1}`);
    return this.literal(ch);
  }

  private literal(ch: string): Reach {
    if (/[\ud800-\udfff]/.test(ch)) throw new Error('Astral characters are not read');
    const folded = this.fold(ch);
    return folded === null ? OPEN : { exact: [folded], required: null };
  }

  private group(): Reach {
    const head = /\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>)/y;
    head.lastIndex = this.#at;
    const kind = head.exec(this.source)?.[0] ?? '';
    this.#at += kind.length;
    const inner = this.disjunction();
    if (this.source[this.#at++] !== ')') throw new Error('Unclosed group');
    // A lookaround matches no text: a negative one guarantees nothing, a positive one that its content is in the input.
    if (kind === '?!' || kind === '?<!') return EMPTY;
    if (kind === '?=' || kind === '?<=') return { exact: null, required: strongest(inner) };
    return inner;
  }

  /** A class of a few listed characters is exact; one with ranges, class escapes or negation is open. */
  private characterClass(): Reach {
    let open = this.source[this.#at] === '^';
    const chars: string[] = [];
    for (let first = true; this.source[this.#at] !== ']'; first = false) {
      if (this.#at >= this.source.length) throw new Error('Unclosed class');
      const ch = this.source[this.#at++] as string;
      if (ch === '\\') {
        const escaped = this.escape(true);
        if (escaped?.exact) chars.push(...escaped.exact);
        else open = true;
      } else if (ch === '-' && !first && this.source[this.#at] !== ']') open = true;
      else {
        const folded = this.literal(ch).exact;
        if (folded) chars.push(...folded);
        else open = true;
      }
    }
    this.#at++;
    return open ? OPEN : { exact: unique(chars), required: null };
  }

  /** After a backslash: a word boundary matches nothing, a class escape anything, other punctuation itself. */
  private escape(inClass: boolean): Reach | null {
    const ch = this.source[this.#at++] as string;
    if ((ch === 'b' || ch === 'B') && !inClass) return EMPTY;
    if (ch === 'p' || ch === 'P') {
      const close = this.source.indexOf('}', this.#at);
      if (this.source[this.#at] !== '{' || close < 0) throw new Error('Unreadable property escape');
      this.#at = close + 1;
      return null;
    }
    if (CLASS_ESCAPES.has(ch)) return null;
    if (/[A-Za-z]/.test(ch)) throw new Error(`Unread escape \\${ch}`);
    return this.literal(ch);
  }
}

/**
 * Strings one of which every match of `regex` contains (folded to lower case
 * for a case-insensitive pattern), or null when the pattern guarantees none.
 * Testing them with `includes` is far cheaper than running the pattern, so a
 * pattern need only run where it can match. Reading is conservative: syntax it
 * does not know, and non-ASCII letters in a case-insensitive pattern (whose
 * case folding `toLowerCase` does not mirror), guarantee nothing.
 */
export function requiredLiterals(regex: RegExp): readonly string[] | null {
  const fold = regex.ignoreCase ? (ch: string): string | null => (ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : null) : (ch: string): string => ch;
  try {
    return strongest(new PatternReader(regex.source, fold).read());
  } catch {
    return null;
  }
}
