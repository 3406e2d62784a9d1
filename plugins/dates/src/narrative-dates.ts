import type { ClassifiedDate } from './classify-dates.js';
import type { FoundDate } from './header-dates.js';

const found = (date: ClassifiedDate, rule: string): FoundDate => ({
  iso: date.iso as string,
  span: date.mention.span,
  rule,
  notes: date.cue ? { cue: date.cue.text } : {},
});

/**
 * The injury date of a case summary: the first date a cue ties to the injury
 * ("sustained an injury on", "fell from a ladder on", "industrial injury date
 * of"); failing that, the summary's first full date when no cue ties it to
 * anything else, since the summary opens with the worker and the injury
 * ("... working as a cashier on 08/14/2014 when ...").
 */
export function injuryFromNarrative(dates: readonly ClassifiedDate[]): FoundDate | null {
  const cued = dates.find((d) => d.iso && d.role === 'injury');
  if (cued) return found(cued, 'dates/injury-narrative');
  const first = dates.find((d) => d.mention.day !== null);
  return first?.iso && first.role === null ? found(first, 'dates/injury-first-date') : null;
}

/**
 * The utilization review decision under dispute: of the dates a cue ties to a
 * review ("Utilization review dated ...", "non-certified ... on ..."), the
 * latest that no history cue marks as an earlier review ("a previous
 * utilization review dated ..."). The review that led to the IMR application
 * is the last one.
 */
export function urDecisionFromDates(dates: readonly ClassifiedDate[], rule: string): FoundDate | null {
  let latest: ClassifiedDate | null = null;
  for (const d of dates) {
    if (!d.iso || d.role !== 'urDecision' || d.history) continue;
    if (!latest || d.iso > (latest.iso as string)) latest = d;
  }
  return latest ? found(latest, rule) : null;
}
