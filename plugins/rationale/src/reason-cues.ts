import { readDataFile, REASON_CODES, type Category, type Outcome, type ReasonCode } from '@imrkit/core';
import { cuePattern } from './cue-pattern.js';

/** How a cue's match must be asserted for the cue to fire. */
export type CueAssertionKind = 'negated' | 'affirmed' | 'stated';

interface CueSpec {
  name: string;
  assertion: CueAssertionKind;
  about: 'case' | 'any';
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
  about: 'case' | 'any';
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

const optional = (sources: string[] | undefined): RegExp | null => (sources && sources.length > 0 ? cuePattern(sources) : null);

function compile(specs: Record<string, CodeSpec>): ReasonRule[] {
  const unknown = Object.keys(specs).filter((code) => !(REASON_CODES as readonly string[]).includes(code));
  if (unknown.length > 0) throw new Error(`Unexpected reason codes ${unknown.join(', ')} in data/reason-cues.json, expected codes of the IMR guide`);
  return REASON_CODES.filter((code) => specs[code]).map((code) => {
    const spec = specs[code] as CodeSpec;
    const suppressors = new Set<ReasonCode>(spec.suppressedBy ?? []);
    for (const [other, otherSpec] of Object.entries(specs)) if (otherSpec.suppresses?.includes(code)) suppressors.add(other as ReasonCode);
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
        match: cuePattern(cue.match),
        requires: optional(cue.requires),
        blockedBy: optional(cue.blockedBy),
        context: optional(cue.context),
      })),
    };
  });
}

/** The reason rules of `data/reason-cues.json`, in the guide's code order. */
export const REASON_RULES: readonly ReasonRule[] = compile(readDataFile<{ codes: Record<string, CodeSpec> }>(import.meta.url, '../data/reason-cues.json').codes);
