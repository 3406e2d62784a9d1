import {
  isLocated,
  located,
  readDataFile,
  type Decision,
  type ImrDocument,
  type Item,
  type ItemSection,
  type Locatable,
  type Located,
  type Outcome,
  type PluginIssue,
  type Rationale,
  type Span,
} from '@imrkit/core';
import { cuePattern, escapeRegExp } from './cue-pattern.js';
import { findConclusion } from './find-outcome.js';
import { findReasons } from './find-reasons.js';
import { itemTerms } from './item-terms.js';
import { splitSentences } from './sentences.js';

/** What the rationale of one item is read from. */
export interface RationaleInput {
  index: number;
  /** The item as the items plugin read it. */
  item: Item | undefined;
  /** The items plugin's located label, where the item index is read. */
  label: Locatable<string> | undefined;
  /** The items plugin's located decision, for the span of an outcome taken from it. */
  decision: Locatable<Decision | null> | undefined;
  section: ItemSection | undefined;
}

const OUTCOME_OF: Record<Decision, Outcome> = { upheld: 'not-medically-necessary', overturned: 'medically-necessary' };

const LABELS = readDataFile<{ labels: string[] }>(import.meta.url, '../data/rationale-labels.json').labels;
const LEADING_LABEL = new RegExp(`^\\s*${cuePattern(LABELS.map(escapeRegExp)).source}\\s*`, 'i');

/** Drops the "Decision rationale:" label, so the first sentence starts at the reviewer's words. */
function withoutLabel(text: string, [start, end]: Span): Span {
  const label = LEADING_LABEL.exec(text.slice(start, end));
  return label ? [start + label[0].length, end] : [start, end];
}

/** The item's rationale span; a professional review with one item may lack the per-item split. */
function rationaleSpan(document: ImrDocument, input: RationaleInput): Span | null {
  if (input.section?.rationale) return withoutLabel(document.text, input.section.rationale);
  const single = document.sections.items.length <= 1;
  return single && document.template === 'professional-review' ? document.sections.rationales : null;
}

const locatedOrNull = <T>(value: Locatable<T | null> | Locatable<T> | undefined): Located<T> | null => (isLocated(value) ? (value as Located<T>) : null);

/** Reads one item's outcome and reasons from its rationale. */
export function readRationale(document: ImrDocument, input: RationaleInput): { value: Locatable<Rationale>; issues: PluginIssue[] } {
  const number = input.index + 1;
  const issues: PluginIssue[] = [];
  const span = rationaleSpan(document, input);
  const decision = locatedOrNull<Decision>(input.decision);
  const conclusion = span ? findConclusion(document.text, splitSentences(document.text, span)) : null;

  let outcome: Located<Outcome> | null = null;
  if (conclusion) {
    outcome = located(conclusion.outcome, conclusion.sentence, 'rationale/outcome-conclusion', { cue: conclusion.cue });
    if (decision && OUTCOME_OF[decision.value] !== conclusion.outcome) {
      issues.push({ severity: 'warning', message: `Unexpected outcome ${conclusion.outcome} for item ${number}, expected one agreeing with its decision ${decision.value}` });
    }
  } else if (decision) {
    outcome = located(OUTCOME_OF[decision.value], decision.span, 'rationale/outcome-from-decision');
    const where = span ? `the rationale of item ${number}` : `item ${number} (no rationale)`;
    issues.push({ severity: 'info', message: `No conclusion found in ${where}; expected a sentence stating whether the request is medically necessary, so the outcome follows the decision` });
  } else {
    issues.push({ severity: 'warning', message: `No outcome found for item ${number}; expected a concluding sentence in its rationale or a decision in its label` });
  }
  if (!span) issues.push({ severity: 'warning', message: `No rationale found for item ${number}; expected a "Decision rationale:" paragraph or a numbered paragraph of the RATIONALE section` });

  const reasons =
    span && outcome ? findReasons(document.text, span, { outcome: outcome.value, category: input.item?.category ?? null, itemTerms: itemTerms(input.item) }) : [];
  // The index is read off the item's label: the label is what the entry points to.
  const labelSpan = locatedOrNull<string>(input.label)?.span ?? input.section?.label ?? span;
  const item = labelSpan ? located(input.index, labelSpan, 'rationale/item-index') : input.index;
  return { value: { item, outcome, reasons }, issues };
}
