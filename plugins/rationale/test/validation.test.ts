import { itemsPlugin } from '@imrkit/plugin-items';
import { loadCases, runCase } from '@imrkit/plugin-testing';
import { expect, it } from 'vitest';
import { rationalePlugin } from '../src/index.js';

/** `validation/`: letters written apart from the cues, by authors who never read them (see its README). */
const cases = loadCases(new URL('../validation/', import.meta.url));

interface Expected {
  item: number;
  outcome: string;
  reasons: string[];
}

const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const count = (code: string) => counts.get(code) ?? counts.set(code, { tp: 0, fp: 0, fn: 0 }).get(code)!;
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
let outcomes = 0;
let rightOutcomes = 0;

for (const { name, letter, expected } of cases) {
  const { record } = runCase(rationalePlugin, [itemsPlugin], name, letter, 'plain');
  const found = record.rationale as { item: number; outcome: string; reasons: string[] }[];
  for (const gold of expected as Expected[]) {
    const got = found.find((r) => r.item === gold.item);
    outcomes++;
    if (got?.outcome === gold.outcome) rightOutcomes++;
    const predicted = new Set(got?.reasons ?? []);
    for (const code of predicted) count(code)[gold.reasons.includes(code) ? 'tp' : 'fp']++;
    for (const code of gold.reasons) if (!predicted.has(code)) count(code).fn++;
  }
}

const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

it('reads the validation letters: 170+ letters, 250+ items', () => {
  expect(cases.length).toBeGreaterThanOrEqual(170);
  expect(outcomes).toBeGreaterThanOrEqual(250);
});

it('finds every outcome of the validation letters', () => {
  expect(rightOutcomes / outcomes).toBe(1);
});

it('keeps reasons micro-F1 on the validation letters at 0.85 or more', () => {
  expect(f1(total)).toBeGreaterThanOrEqual(0.85);
});

it('keeps every reason code with support 5 or more at F1 0.6 or more on the validation letters', () => {
  const weak = [...counts]
    .filter(([, c]) => c.tp + c.fn >= 5 && f1(c) < 0.6)
    .map(([code, c]) => `${code} (support ${c.tp + c.fn}, F1 ${f1(c).toFixed(3)})`);
  expect(weak).toEqual([]);
});
