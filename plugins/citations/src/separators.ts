import type { Cursor } from './cursor.js';
import { lexicon } from './lexicon.js';

/**
 * How two pieces of a guideline line are joined. Only a `sentence` end can be
 * followed by prose (the professional-review template explains its choice of
 * sources right after them); `intro` is a "Decision based on" with no period before it.
 */
export type SeparatorKind = 'comma' | 'semicolon' | 'colon' | 'sentence' | 'intro';

export interface Separator {
  kind: SeparatorKind;
  end: number;
}

interface SeparatorPattern {
  kind: SeparatorKind;
  pattern: RegExp;
}

let cached: { separators: SeparatorPattern[]; stops: RegExp[] } | undefined;

function compile(): { separators: SeparatorPattern[]; stops: RegExp[] } {
  const separators: SeparatorPattern[] = [
    { kind: 'comma', pattern: /\s*,\s*and\s+(?!\d)/diy },
    { kind: 'comma', pattern: /\s*,\s*/dy },
    { kind: 'semicolon', pattern: /\s*;\s*/dy },
    { kind: 'colon', pattern: /\s*:\s+/dy },
    { kind: 'sentence', pattern: /\s*\.(?:\s+(?=[A-Z("'])|\s*$)/dy },
    { kind: 'intro', pattern: new RegExp(`\\s+(?=${lexicon().decisionBasedOn.source})`, 'diy') },
  ];
  // A topic also ends where its page list starts: "Opioids Page(s): 74-96".
  const pageStart = new RegExp(`\\s+(?=${lexicon().pageMarker.source})`, 'diy');
  return { separators, stops: [...separators.map((s) => s.pattern), pageStart] };
}

function patterns(): { separators: SeparatorPattern[]; stops: RegExp[] } {
  cached ??= compile();
  return cached;
}

/** The separator at the cursor, if one is there. */
export function separatorAt(cursor: Cursor): Separator | null {
  for (const { kind, pattern } of patterns().separators) {
    const token = cursor.peek(pattern);
    if (token) return { kind, end: token.span[1] };
  }
  return null;
}

/** Where the piece starting at the cursor ends: the next top-level separator or page list. */
export function pieceEnd(cursor: Cursor): number {
  return cursor.nextTopLevel(patterns().stops);
}
