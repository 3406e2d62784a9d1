import type { ImrDocument, Span } from '@imrkit/core';

/** Where the claimant is described: the case summary, else (no such section) the letter body. */
export function summaryWindow(document: ImrDocument): { span: Span; found: boolean } {
  const summary = document.sections.caseSummary;
  return summary ? { span: summary, found: true } : { span: [0, document.bodyEnd], found: false };
}
