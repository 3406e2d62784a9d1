import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { checkPatterns } from '../src/check.js';
import { dataPatterns, literalPatterns } from '../src/collect.js';
import { INPUT_LENGTH, pathologicalInputs, patternCharacters } from '../src/inputs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('regex fuzz', () => {
  it('finds the literals in the sources and the patterns in the data files', () => {
    const literals = literalPatterns(root);
    expect(literals).toContainEqual({ source: '[^a-z0-9]+', flags: 'g', origin: 'packages/core/src/sections-professional-review.ts' });
    expect(dataPatterns(root).some((p) => p.origin === 'packages/core/data/templates.json' && p.source.startsWith('^HOW THE IMR'))).toBe(true);
  });

  it('builds long runs of the characters a pattern repeats', () => {
    expect(patternCharacters('\\s*,\\d+x')).toEqual(expect.arrayContaining([' ', ',', '7', 'x']));
    for (const input of pathologicalInputs('\\bfoo\\s+bar')) expect(input).toHaveLength(INPUT_LENGTH + 1);
  });

  it('reports a catastrophic pattern as hung, and a linear one over a tiny budget as growing with its input', async () => {
    // The built checker thread is needed: the test runs the worker from dist/.
    const { checkPatterns: built } = (await import('../dist/check.js')) as { checkPatterns: typeof checkPatterns };
    const [hung, linear] = await built(
      [
        { source: '^(a+)+$', flags: '', origin: 'test' },
        { source: 'a', flags: 'g', origin: 'test' },
      ],
      5000,
      0.01,
    );
    expect(hung?.hung).toBe(true);
    expect(linear?.hung).toBe(false);
    // 100,000 matches take about ten times as long as 10,000: linear, not superlinear.
    expect(linear?.growth).toBeGreaterThan(3);
    expect(linear?.growth).toBeLessThan(20);
  }, 60_000);
});
