/** The layouts a letter reaches users in (see the IMR guide, "Layout variants"). */
export type Variant = 'pdf-text' | 'markdown' | 'plain' | 'html' | 'pdf';

export const VARIANTS: readonly Variant[] = ['pdf-text', 'markdown', 'plain', 'html', 'pdf'];

/** The letter templates of the IMR guide, "Templates seen in the wild". */
export type Template = 'final-determination' | 'header-block' | 'maximus-header' | 'professional-review';

/** `[start, end)` string offsets. */
export type Span = readonly [number, number];

export type Decision = 'upheld' | 'overturned';
export type Outcome = 'not-medically-necessary' | 'medically-necessary';
export type Citer = 'claims-administrator' | 'reviewer';
export type GuidelineFamily = 'MTUS' | 'ODG' | 'ACOEM' | 'OTHER';

export const CATEGORIES = [
  'medication',
  'therapy',
  'equipment',
  'procedure',
  'imaging',
  'diagnostic',
  'behavioral',
  'evaluation',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const REASON_CODES = [
  'no-functional-improvement',
  'long-term-use',
  'exceeds-guideline-quantity',
  'indication-not-met',
  'first-line-not-tried',
  'trial-not-documented',
  'monitoring-not-documented',
  'request-unspecified',
  'not-recommended',
  'duplicate-therapy',
  'no-acute-exacerbation',
  'no-treatment-plan',
  'prior-weaning-or-modification',
  'limited-evidence',
  'criteria-met',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface CaseInfo {
  caseNumber: string | null;
}

export interface Credentials {
  specialties: string[];
  licensure: string[];
}

export interface Dates {
  injury: string | null;
  urDenial: string | null;
  assigned: string | null;
  applicationReceived: string | null;
  decision: string | null;
}

export interface Item {
  label: string;
  name: string | null;
  generic: string | null;
  decision: Decision | null;
  quantity: number | null;
  strength: string | null;
  refills: number | null;
  category: Category | null;
}

export interface Citation {
  item: number;
  by: Citer;
  guideline: GuidelineFamily;
  document: string | null;
  year: number | null;
  topics: string[];
  pages: number[];
}

export interface Rationale {
  item: number;
  outcome: Outcome | null;
  reasons: ReasonCode[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  plugin: string;
  severity: Severity;
  message: string;
}

/** Where a value came from: the plugin and rule that produced it, plus rule-specific notes. */
export interface TraceEntry {
  plugin: string;
  rule: string;
  notes?: Record<string, string>;
}

/**
 * The data keys of a record: what plugins fill and goldens hold.
 * Plugins outside this repository add keys by declaration merging:
 *
 * @example
 *   declare module '@imrkit/core' {
 *     interface RecordData { claimant: Claimant }
 *   }
 */
export interface RecordData {
  case: CaseInfo;
  credentials: Credentials;
  dates: Dates;
  items: Item[];
  citations: Citation[];
  rationale: Rationale[];
}

export type RecordKey = keyof RecordData;

/** One output record per input document, exactly as the IMR guide §2 defines it. */
export type ImrRecord = {
  source: string;
  variant: Variant | null;
} & RecordData & {
    spans: Record<string, Span>;
    issues: Issue[];
    trace?: Record<string, TraceEntry>;
  };

/** The values a record holds for a letter nobody has read: `null` and `[]`. */
export function emptyRecordData(): RecordData {
  return {
    case: { caseNumber: null },
    credentials: { specialties: [], licensure: [] },
    dates: { injury: null, urDenial: null, assigned: null, applicationReceived: null, decision: null },
    items: [],
    citations: [],
    rationale: [],
  };
}

/** The data keys in the guide's order. */
export const RECORD_KEYS: readonly RecordKey[] = ['case', 'credentials', 'dates', 'items', 'citations', 'rationale'];
