import { located, type ImrDocument, type Located, type Plugin, type PluginIssue, type Span } from '@imrkit/core';
import { classifyDates, type ClassifiedDate } from './classify-dates.js';
import { DATE_ROLES, readHeaderDates, type DateKey, type FoundDate } from './header-dates.js';
import { LetterDates } from './letter-dates.js';
import { letterYear } from './letter-year.js';
import { injuryFromNarrative, urDecisionFromDates } from './narrative-dates.js';

/** The decision date printed in the header, read before the letter's year is known (it is a four-digit year in every template). */
function headerDecisionIso(document: ImrDocument, dates: LetterDates, currentYear: number): string | null {
  return readHeaderDates(document, dates, currentYear, [])['decision']?.iso ?? null;
}

/** The rationale paragraphs: the professional-review rationale section, or each item's "Decision rationale". */
function rationaleRegions(document: ImrDocument): Span[] {
  const { rationales, items } = document.sections;
  if (rationales) return [rationales];
  return items.flatMap((item) => (item.rationale ? [item.rationale] : []));
}

function urDenialFromBody(document: ImrDocument, dates: LetterDates, summaryDates: readonly ClassifiedDate[], year: number): FoundDate | null {
  const { sections } = document;
  const fromSummary = urDecisionFromDates(summaryDates, 'dates/ur-narrative');
  if (fromSummary) return fromSummary;
  const fromRationales = urDecisionFromDates(
    rationaleRegions(document).flatMap((r) => classifyDates(dates, r, year)),
    'dates/ur-rationale',
  );
  if (fromRationales || !sections.documentsReviewed) return fromRationales;
  return urDecisionFromDates(classifyDates(dates, sections.documentsReviewed, year), 'dates/ur-documents-reviewed');
}

/** Fills `dates`: injury, UR denial, assignment, application and decision dates as ISO dates. */
export const datesPlugin: Plugin<'dates'> = {
  name: 'dates',
  version: '0.1.0',
  key: 'dates',
  needs: [],
  extract(document, context) {
    const issues: PluginIssue[] = [];
    const currentYear = typeof context.options['currentYear'] === 'number' ? context.options['currentYear'] : new Date().getFullYear();
    // Every part of the letter asks for its dates: the letter is scanned for them once.
    const letterDates = new LetterDates(document.text);
    const year = letterYear(headerDecisionIso(document, letterDates, currentYear), letterDates.mentionsIn([0, document.bodyEnd]), currentYear);
    const dates: Partial<Record<DateKey, FoundDate | null>> = readHeaderDates(document, letterDates, year, issues);

    const summary = document.sections.caseSummary;
    if (!summary) issues.push({ severity: 'warning', message: 'No case summary found in the letter; expected CLINICAL CASE SUMMARY or CASE SUMMARY: (read the whole body instead)' });
    const summaryDates = classifyDates(letterDates, summary ?? [0, document.bodyEnd], year);
    for (const d of summaryDates) {
      if (d.mention.day !== null && d.iso === null) issues.push({ severity: 'warning', message: `Unexpected date "${d.mention.text}", expected a calendar date (month/day/year); ignored` });
    }
    if (!dates.injury) dates.injury = injuryFromNarrative(summaryDates);
    if (!dates.urDenial) dates.urDenial = urDenialFromBody(document, letterDates, summaryDates, year);

    if (!dates.injury) issues.push({ severity: 'warning', message: 'No injury date found in the header fields or the case summary; expected "Date of Injury:" or a dated injury ("sustained an injury on ...")' });
    if (!dates.urDenial) issues.push({ severity: 'info', message: 'No utilization review date found in the header fields, case summary or rationales; expected "UR Denial Date:" or a dated review ("Utilization review dated ... non-certified ...")' });

    const value = {} as Record<DateKey, Located<string> | null>;
    for (const key of DATE_ROLES) {
      const date = dates[key];
      value[key] = date ? located(date.iso, date.span, date.rule, date.notes) : null;
    }
    return { value, issues };
  },
};

export default datesPlugin;
