import type { AnyPlugin } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { loadCases } from './load-cases.js';
import { CASE_VARIANTS, runCase, spanProblems } from './run-case.js';

export interface DescribeCasesOptions {
  /** Plugins the tested plugin needs, registered with it. */
  with?: readonly AnyPlugin[];
}

/**
 * Declares one vitest test per case and layout: the plugin's value must equal
 * the case's `expected` in every layout, and every value must carry a span.
 */
export function describeCases(plugin: AnyPlugin, casesDir: string | URL, options: DescribeCasesOptions = {}): void {
  const cases = loadCases(casesDir);
  const focused = cases.some((c) => c.only) ? cases.filter((c) => c.only) : cases;
  describe(`${plugin.name} cases`, () => {
    for (const testCase of focused) {
      describe(testCase.name, () => {
        for (const variant of CASE_VARIANTS) {
          it(`${variant}: ${testCase.description}`, () => {
            const { record, original } = runCase(plugin, options.with ?? [], testCase.name, testCase.letter, variant);
            const failures = record.issues.filter((i) => i.severity === 'error');
            expect(failures).toEqual([]);
            expect((record as unknown as Record<string, unknown>)[plugin.key]).toEqual(testCase.expected);
            expect(spanProblems(record, plugin.key, original)).toEqual([]);
          });
        }
      });
    }
  });
}
