import type { ImrDocument, PluginIssue, Span } from '@imrkit/core';
import { toIsoDate } from './calendar.js';
import type { LetterDates } from './letter-dates.js';

export const DATE_ROLES = ['injury', 'urDenial', 'assigned', 'applicationReceived', 'decision'] as const;
export type DateKey = (typeof DATE_ROLES)[number];

/** A date read from the letter: its ISO value and the span of the date as printed. */
export interface FoundDate {
  iso: string;
  span: Span;
  rule: string;
  notes?: Record<string, string>;
}

const isDateKey = (field: string): field is DateKey => (DATE_ROLES as readonly string[]).includes(field);

/**
 * The dates of the header fields the core found ("Date of Injury:", "UR Denial
 * Date:", "Dated:" ...), the first field of each role winning. A field whose
 * value holds no valid date ("Date Assigned: pending") is reported and left out.
 */
export function readHeaderDates(document: ImrDocument, dates: LetterDates, letterYear: number, issues: PluginIssue[]): Partial<Record<DateKey, FoundDate>> {
  const found: Partial<Record<DateKey, FoundDate>> = {};
  for (const field of document.sections.fields) {
    if (!isDateKey(field.field) || found[field.field]) continue;
    const mention = dates.mentionsIn(field.value)[0];
    const iso = mention ? toIsoDate(mention, letterYear) : null;
    const label = document.text.slice(field.label[0], field.label[1]).replace(/:\s*$/, '');
    if (!mention || !iso) {
      const value = document.text.slice(field.value[0], field.value[1]);
      if (value.trim() !== '') issues.push({ severity: 'warning', message: `Unexpected value "${value}" in the ${label} field, expected a date such as 02/19/2015` });
      continue;
    }
    found[field.field] = { iso, span: mention.span, rule: 'dates/header-field', notes: { field: label } };
  }
  return found;
}
