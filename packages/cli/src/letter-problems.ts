import type { ImrDocument, ImrRecord, Issue } from '@imrkit/core';

/** Sections every letter of a template carries; a letter without them was cut off. */
const REQUIRED: readonly (keyof ImrDocument['sections'])[] = ['decisions'];

const issue = (severity: Issue['severity'], message: string): Issue => ({ plugin: 'core', severity, message });

/**
 * What a read letter tells about itself: text with no IMR template and no case
 * number is not an IMR letter (an error); a letter whose template is known but
 * whose decisions are missing was truncated (a warning: what it holds still counts).
 */
export function letterProblems(document: ImrDocument, record: ImrRecord): Issue[] {
  if (!document.template) {
    if (record.case.caseNumber === null && record.items.length === 0) {
      return [issue('error', `No IMR letter found in ${document.variant} input; expected a case number or one of the four letter templates`)];
    }
    return [];
  }
  const missing = REQUIRED.filter((key) => document.sections[key] === null);
  if (missing.length === 0 || record.items.length > 0) return [];
  return [issue('warning', `No ${missing.join(', ')} section found in the letter; expected one (the input looks truncated)`)];
}
