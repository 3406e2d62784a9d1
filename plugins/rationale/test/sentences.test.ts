import type { Span } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/sentences.js';

const split = (text: string): string[] => splitSentences(text, [0, text.length]).map(([s, e]: Span) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits at a period followed by a capital', () => {
    expect(split('The request is open-ended. It names no level.')).toEqual(['The request is open-ended.', 'It names no level.']);
  });

  it('keeps abbreviations inside their sentence', () => {
    expect(split('He tried first-line agents (e.g. Elavil) vs. placebo, per Dr. Smith. No benefit.')).toEqual([
      'He tried first-line agents (e.g. Elavil) vs. placebo, per Dr. Smith.',
      'No benefit.',
    ]);
    expect(split('The formulation (i.e. ER or IR) is not stated.')).toEqual(['The formulation (i.e. ER or IR) is not stated.']);
  });

  it('does not split decimals, strengths or page ranges inside a sentence', () => {
    expect(split('Capsaicin 0.0375% and Norco 7.5/325 mg were used. Next.')).toEqual(['Capsaicin 0.0375% and Norco 7.5/325 mg were used.', 'Next.']);
    expect(split('See MTUS Page(s): 63-66. The patient improved.')).toEqual(['See MTUS Page(s): 63-66.', 'The patient improved.']);
  });

  it('ends a sentence after a closing quote or bracket', () => {
    expect(split('MTUS states "Not recommended." The patient asked anyway.')).toEqual(['MTUS states "Not recommended."', 'The patient asked anyway.']);
    expect(split('It was stopped (see the note of 01/02/2014.) Then it restarted.')).toEqual(['It was stopped (see the note of 01/02/2014.)', 'Then it restarted.']);
  });

  it('does not end a sentence before a lower-case word or at "No." before a number', () => {
    expect(split('Tablets approx. twice a day. See No. 5 below.')).toEqual(['Tablets approx. twice a day.', 'See No. 5 below.']);
    expect(split('It ended at 5 p.m. and resumed.')).toEqual(['It ended at 5 p.m. and resumed.']);
  });

  it('ends every paragraph and skips blank lines', () => {
    expect(split('First paragraph without a period\n\nSecond one.')).toEqual(['First paragraph without a period', 'Second one.']);
  });

  it('splits only inside the span given, with offsets into the whole text', () => {
    const text = 'Label: Upheld\nDecision rationale: One. Two.';
    const start = text.indexOf('Decision');
    expect(splitSentences(text, [start, text.length])).toEqual([
      [start, start + 'Decision rationale: One.'.length],
      [start + 'Decision rationale: One. '.length, text.length],
    ]);
  });
});
