/** How two texts are compared. The guide's rule per field is one of these; reports show all three side by side. */
export type MatchMode = 'strict' | 'normalized' | 'token-set';

export const MATCH_MODES: readonly MatchMode[] = ['strict', 'normalized', 'token-set'];

/** The guide's token-set threshold: two texts match when their ratio is at least this. */
export const TOKEN_SET_THRESHOLD = 0.8;

/** Guide §3: lowercase, `&` → `and`, punctuation to spaces, whitespace collapsed, trimmed. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokenSet(text: string): Set<string> {
  const normalized = normalizeText(text);
  return new Set(normalized === '' ? [] : normalized.split(' '));
}

/** 2·|A∩B| / (|A|+|B|) over the sets of normalised tokens; 1 for two empty texts. */
export function tokenSetRatio(a: string, b: string): number {
  const left = tokenSet(a);
  const right = tokenSet(b);
  if (left.size + right.size === 0) return 1;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/**
 * How alike two optional texts are under a mode, in [0, 1]: 1 or 0 for strict and
 * normalized, the ratio for token-set. Two nulls are alike; null and a text are not.
 */
export function textSimilarity(a: string | null, b: string | null, mode: MatchMode): number {
  if (a === null || b === null) return a === b ? 1 : 0;
  if (mode === 'strict') return a === b ? 1 : 0;
  if (mode === 'normalized') return normalizeText(a) === normalizeText(b) ? 1 : 0;
  return tokenSetRatio(a, b);
}

export function textMatches(a: string | null, b: string | null, mode: MatchMode): boolean {
  return textSimilarity(a, b, mode) >= (mode === 'token-set' ? TOKEN_SET_THRESHOLD : 1);
}
