import { readDataFile, REASON_CODES, type Category, type Outcome, type ReasonCode } from '@imrkit/core';
import { cuePattern } from './cue-pattern.js';
import { expandLexicons } from './lexicons.js';

/** How a cue's match must be asserted for the cue to fire. */
export type CueAssertionKind = 'negated' | 'affirmed' | 'stated';

/**
 * Which sentences a cue may fire in: one about the case; any sentence except
 * one reporting a guideline (words that read as a finding of the case but are
 * also a guideline's criterion, "temporary relief from an injection"); any.
 */
export type CueScope = 'case' | 'unattributed' | 'any';

interface CueSpec {
  name: string;
  assertion: CueAssertionKind;
  about: CueScope;
  fallback?: boolean;
  match: string[];
  requires?: string[];
  blockedBy?: string[];
  context?: string[];
}

interface CodeSpec {
  says: string;
  outcome: Outcome;
  onlyCategories?: Category[];
  skipCategories?: Category[];
  suppressedBy?: ReasonCode[];
  suppresses?: ReasonCode[];
  cues: CueSpec[];
}


/** One cue of a reason code, its patterns compiled. */
export interface ReasonCue {
  name: string;
  assertion: CueAssertionKind;
  about: CueScope;
  /** A fallback cue (a generic phrasing) gives way when another code fires in the same sentence. */
  fallback: boolean;
  match: RegExp;
  requires: RegExp | null;
  blockedBy: RegExp | null;
  context: RegExp | null;
}

/** One reason code of the guide's closed set, with when it applies and its cues. */
export interface ReasonRule {
  code: ReasonCode;
  outcome: Outcome;
  onlyCategories: ReadonlySet<Category> | null;
  skipCategories: ReadonlySet<Category>;
  /** Codes whose firing in the same sentence drops this one. */
  suppressedBy: ReadonlySet<ReasonCode>;
  cues: ReasonCue[];
}

function compile(specs: ReadonlyMap<ReasonCode, CodeSpec>, lexicons: Readonly<Record<string, string>>): ReasonRule[] {
  const pattern = (sources: string[]) => cuePattern(expandLexicons(sources, lexicons));
  const optional = (sources: string[] | undefined): RegExp | null => (sources && sources.length > 0 ? pattern(sources) : null);
  return [...specs].map(([code, spec]) => {
    const suppressors = new Set<ReasonCode>(spec.suppressedBy ?? []);
    for (const [other, otherSpec] of specs) if (otherSpec.suppresses?.includes(code)) suppressors.add(other);
    return {
      code,
      outcome: spec.outcome,
      onlyCategories: spec.onlyCategories ? new Set(spec.onlyCategories) : null,
      skipCategories: new Set(spec.skipCategories ?? []),
      suppressedBy: suppressors,
      cues: spec.cues.map((cue) => ({
        name: cue.name,
        assertion: cue.assertion,
        about: cue.about,
        fallback: cue.fallback ?? false,
        match: pattern(cue.match),
        requires: optional(cue.requires),
        blockedBy: optional(cue.blockedBy),
        context: optional(cue.context),
      }))
      // A code's specific cues are tried before its fallbacks, so a hit is marked fallback only when nothing else fired.
      .sort((a, b) => Number(a.fallback) - Number(b.fallback)),
    };
  });
}

const LEXICONS = readDataFile<{ lexicons: Record<string, string> }>(import.meta.url, '../data/reason-lexicons.json').lexicons;
/** One file per code of the guide's closed set: `data/reasons/<code>.json`. */
const SPECS = new Map(REASON_CODES.map((code) => [code, readDataFile<CodeSpec>(import.meta.url, `../data/reasons/${code}.json`)] as const));

/** The reason rules of `data/reasons/`, in the guide's code order. */
export const REASON_RULES: readonly ReasonRule[] = compile(SPECS, LEXICONS);
