import { readdirSync, readFileSync } from 'node:fs';
import { requiredLiterals } from '@imrkit/core';
import { expect, it } from 'vitest';
import { REASON_RULES } from '../src/reason-cues.js';

/** Every sentence of the per-code tables and every rationale case: real text the cues run on. */
function realTexts(): string[] {
  const texts: string[] = [];
  const tables = new URL('./sentences/', import.meta.url);
  for (const file of readdirSync(tables)) {
    const table = JSON.parse(readFileSync(new URL(file, tables), 'utf8')) as { positive: string[]; negative: string[] };
    texts.push(...table.positive, ...table.negative);
  }
  const cases = new URL('../cases/', import.meta.url);
  for (const file of readdirSync(cases).filter((f) => f.endsWith('.txt'))) texts.push(...readFileSync(new URL(file, cases), 'utf8').split('\n'));
  return texts.map((t) => t.toLowerCase());
}

it('never rules out a cue pattern on a text it matches', () => {
  const patterns = REASON_RULES.flatMap((rule) => rule.cues.flatMap((cue) => [cue.match, cue.requires, cue.blockedBy, cue.context])).filter((p) => p !== null);
  const texts = realTexts();
  let matched = 0;
  for (const pattern of patterns) {
    const literals = requiredLiterals(pattern);
    expect(literals, pattern.source.slice(0, 80)).not.toBeNull();
    for (const text of texts) {
      pattern.lastIndex = 0;
      if (!pattern.test(text)) continue;
      matched++;
      expect(literals?.some((l) => text.includes(l)), `${pattern.source.slice(0, 80)} on ${text}`).toBe(true);
    }
  }
  // The check is only as strong as the matches it saw.
  expect(matched).toBeGreaterThan(500);
});
