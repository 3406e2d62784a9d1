import { describe, expect, it } from 'vitest';
import { topicCase } from '../src/topic-case.js';

describe('topicCase', () => {
  it('keeps a topic printed in mixed case as printed', () => {
    expect(topicCase('Opioids, On-Going Management')).toBe('Opioids, On-Going Management');
  });
  it('gives a known title in capitals the guideline casing', () => {
    expect(topicCase('NSAIDS, GI SYMPTOMS & CARDIOVASCULAR RISK')).toBe('NSAIDs, GI symptoms & cardiovascular risk');
  });
  it('gives an unknown title in capitals sentence case, parentheses included', () => {
    expect(topicCase('MUSCLE RELAXANTS (FOR PAIN)')).toBe('Muscle relaxants (for pain)');
    expect(topicCase('DANTROLENE')).toBe('Dantrolene');
  });
  it('leaves text without letters alone', () => {
    expect(topicCase('2-3')).toBe('2-3');
  });
});
