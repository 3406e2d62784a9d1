import { describe, expect, it } from 'vitest';
import { findOpeners } from '../src/index.js';

const rules = (text: string) => findOpeners(text, [0, text.length]).map((o) => o.rule);

describe('findOpeners', () => {
  it('names the rule of each phrasing', () => {
    expect(rules('Diagnoses: a.')).toEqual(['claimant/diagnoses-colon']);
    expect(rules('His diagnoses are a.')).toEqual(['claimant/diagnoses-are']);
    expect(rules('He was diagnosed with a.')).toEqual(['claimant/diagnosed-with']);
    expect(rules('The doctor diagnosed a.')).toEqual(['claimant/diagnosed']);
    expect(rules('Then a fracture was diagnosed.')).toEqual(['claimant/diagnosed-passive']);
    expect(rules('She filed a claim for a.')).toEqual(['claimant/claim-for']);
  });
  it('skips negated openers', () => {
    expect(rules('She was never diagnosed with a. There is no diagnosis of b.')).toEqual([]);
  });
  it('skips openers in a history sentence', () => {
    expect(rules('His history includes a diagnosis of gout.')).toEqual([]);
  });
  it('does not read electrodiagnostic or diagnostic as openers', () => {
    expect(rules('Electrodiagnostic testing and a diagnostic block were done.')).toEqual([]);
  });
});
