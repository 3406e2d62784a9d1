import type { Span } from '@imrkit/core';
import { findDrugs, type DrugMatch } from './drug-lexicon.js';
import { LABEL_READERS, type LabelReader } from './label-readers.js';
import { SpanSet } from './span-set.js';

/** A value read from a label, with its span in the label and the rule that read it. */
export interface LabelValue<T> {
  value: T;
  span: Span;
  rule: string;
}

/** What the label grammar reads from one item label. */
export interface LabelReading {
  quantity: LabelValue<number> | null;
  strength: LabelValue<string> | null;
  refills: LabelValue<number> | null;
  drugs: DrugMatch[];
  /** Text read as something other than the item's name (quantities, strengths, fillers...). */
  dropped: SpanSet;
}

const followsDrug = (text: string, at: number, drugs: readonly DrugMatch[]): boolean =>
  drugs.some((d) => d.span[1] <= at && /^\s*$/.test(text.slice(d.span[1], at)));

function valueSpan(match: RegExpExecArray): Span {
  const v = match.indices?.groups?.v;
  return v ? [v[0], v[1]] : [match.index, match.index + match[0].length];
}

// Claimed text (what readers read, and the drug names, which stay in the name but are
// closed to other readers) is masked with a character no reader matches, keeping offsets.
const MASK = '\u0001';
const masked = (visible: string, [s, e]: Span): string => visible.slice(0, s) + MASK.repeat(e - s) + visible.slice(e);

/** Runs one reader over the label's unclaimed text; returns that text with what the reader claimed masked too. */
function applyReader(text: string, visible: string, reader: LabelReader, reading: LabelReading): string {
  const { pattern } = reader;
  let next = visible;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(visible); m; m = pattern.exec(visible)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (span[0] === span[1] || (reader.afterDrug && !followsDrug(text, span[0], reading.drugs))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    reading.dropped.add(span);
    next = masked(next, span);
    const value = reader.read?.(m.groups ?? {}) ?? null;
    if (value !== null) keepFirst(reading, reader, { value, span: valueSpan(m), rule: reader.rule });
  }
  return next;
}

/** Stores a reader's value unless an earlier reader already gave that field one. */
function keepFirst(reading: LabelReading, reader: LabelReader, found: LabelValue<number | string>): void {
  const { value } = found;
  if (reader.field === 'strength' && typeof value === 'string') reading.strength ??= { ...found, value };
  if (reader.field === 'quantity' && typeof value === 'number') reading.quantity ??= { ...found, value };
  if (reader.field === 'refills' && typeof value === 'number') reading.refills ??= { ...found, value };
}

/**
 * Reads an item label with the label grammar: drug names first (they are kept
 * whole, so "Tylenol #3" is no quantity), then every reader in order.
 */
export function readLabel(text: string): LabelReading {
  const drugs = findDrugs(text);
  const reading: LabelReading = { quantity: null, strength: null, refills: null, drugs, dropped: new SpanSet() };
  let visible = drugs.reduce((v, drug) => masked(v, drug.span), text);
  // Readers share a few needs (a digit, a count): each is tested once per label.
  const tested = new Map<RegExp, boolean>();
  const has = (needs: RegExp): boolean => {
    let met = tested.get(needs);
    if (met === undefined) tested.set(needs, (met = needs.test(text)));
    return met;
  };
  for (const reader of LABEL_READERS) if (!reader.needs || has(reader.needs)) visible = applyReader(text, visible, reader, reading);
  return reading;
}
