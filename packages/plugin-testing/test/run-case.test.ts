import { describe, expect, it } from 'vitest';
import { located, type Plugin } from '@imrkit/core';
import { CASE_VARIANTS, describeCases, loadCases, runCase, spanProblems } from '@imrkit/plugin-testing';

/** A plugin small enough to check the harness with: the first case number in the clean view. */
const casePlugin: Plugin<'case'> = {
  name: 'case',
  version: '1.0.0',
  key: 'case',
  needs: [],
  extract(document) {
    const m = /\bCM\d{2}-\d{7}\b/.exec(document.text);
    return { value: { caseNumber: m ? located(m[0], [m.index, m.index + m[0].length], 'case/test') : null } };
  },
};

/** The same plugin, forgetting to locate its value. */
const plainCase = (text: string) => /\bCM\d{2}-\d{7}\b/.exec(text)?.[0] ?? null;
const unlocated: Plugin<'case'> = { ...casePlugin, extract: (document) => ({ value: { caseNumber: plainCase(document.text) } }) };

const good = new URL('./fixtures/good/', import.meta.url);
const [header] = loadCases(good);

describe('runCase', () => {
  it.each(CASE_VARIANTS)('renders the case as %s and reads the value back with a span on it', (variant) => {
    const { record, original } = runCase(casePlugin, [], 'header', header!.letter, variant);
    expect(record.variant).toBe(variant);
    expect(record.case).toEqual({ caseNumber: 'CM15-0000042' });
    const span = record.spans['/case/caseNumber']!;
    expect(original.slice(span[0], span[1])).toBe('CM15-0000042');
    expect(spanProblems(record, 'case', original)).toEqual([]);
  });

  it('reports a value without a span', () => {
    const { record, original } = runCase(unlocated, [], 'header', header!.letter, 'plain');
    expect(spanProblems(record, 'case', original)).toEqual(['No span for /case/caseNumber; expected every value located']);
  });
});

// The harness itself, on real case files: one test per case and layout.
describeCases(casePlugin, good);
