import { describe, expect, it } from 'vitest';
import { findReasons } from '../src/find-reasons.js';

const reasons = (text: string) =>
  findReasons(text, [0, text.length], { outcome: 'not-medically-necessary', category: null, itemTerms: null }).map((r) => r.value);

describe('findReasons', () => {
  it('lets a generic (fallback) cue give way to a specific code in the same sentence', () => {
    expect(reasons('There is no documentation of nausea to justify ondansetron.')).toEqual(['indication-not-met']);
    expect(reasons('There is no sign of an acute flare or spasm on examination.')).toEqual(['no-acute-exacerbation']);
  });

  it('reads published evidence apart from clinical evidence of a finding', () => {
    expect(reasons('Evidence for platelet-rich plasma in tendinopathy is limited.')).toEqual(['limited-evidence']);
    expect(reasons('There is limited evidence of radiculopathy on examination.')).not.toContain('limited-evidence');
  });

  it('keeps a flat non-recommendation and drops a conditional or long-term one', () => {
    expect(reasons('Cold laser therapy is not recommended under the MTUS.')).toEqual(['not-recommended']);
    expect(reasons('A gym membership is not recommended unless a home program has failed.')).toEqual([]);
    expect(reasons('Benzodiazepines are not recommended for long-term use.')).toEqual(['long-term-use']);
  });

  it('does not count a negated comparison as an excess', () => {
    expect(reasons('The request for 8 sessions does not exceed the recommended 10.')).toEqual([]);
    expect(reasons('The request for 16 visits surpasses the 10 visits supported by the MTUS.')).toEqual(['exceeds-guideline-quantity']);
  });

  it('lists reasons in the order of their sentences', () => {
    expect(reasons('No UDS is on file. VAS scores are unchanged. No trial of an NSAID is documented.')).toEqual([
      'monitoring-not-documented',
      'no-functional-improvement',
      'first-line-not-tried',
    ]);
  });
});
