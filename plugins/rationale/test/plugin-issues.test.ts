import { createExtractor, loadDocument } from '@imrkit/core';
import { itemsPlugin } from '@imrkit/plugin-items';
import { describe, expect, it } from 'vitest';
import { rationalePlugin } from '../src/index.js';

const letter = (label: string, rationale: string) =>
  [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    label,
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines.',
    `Decision rationale: ${rationale}`,
  ].join('\n');

const run = (text: string) => {
  const document = loadDocument({ source: 'letter.txt', content: text, variant: 'plain' });
  const record = createExtractor([itemsPlugin, rationalePlugin], { trace: true }).extract(document);
  return { record, text: document.original, rationaleIssues: record.issues.filter((i) => i.plugin === 'rationale') };
};

describe('rationale plugin', () => {
  it('locates the outcome at the concluding sentence and each reason at its sentence', () => {
    const { record, text } = run(letter('Norco 10/325mg #60: Upheld', 'There is no urine drug screen on file. The request is not medically necessary.'));
    expect(record.rationale).toEqual([{ item: 0, outcome: 'not-medically-necessary', reasons: ['monitoring-not-documented'] }]);
    const at = (pointer: string) => text.slice(...(record.spans[pointer] as [number, number]));
    expect(at('/rationale/0/outcome')).toBe('The request is not medically necessary.');
    expect(at('/rationale/0/reasons/0')).toBe('There is no urine drug screen on file.');
    expect(at('/rationale/0/item')).toBe('Norco 10/325mg #60');
    expect(record.trace?.['/rationale/0/reasons/0']).toMatchObject({ rule: 'rationale/reason/monitoring-not-documented', notes: { cue: 'urine drug screen' } });
    expect(record.trace?.['/rationale/0/outcome']?.rule).toBe('rationale/outcome-conclusion');
  });

  it('keeps a conclusion that disagrees with the decision and reports it', () => {
    const { record, rationaleIssues } = run(letter('Wrist splint: Upheld', 'The diagnosis is documented. The wrist splint is medically necessary.'));
    expect(record.rationale[0]?.outcome).toBe('medically-necessary');
    expect(rationaleIssues).toEqual([
      { plugin: 'rationale', severity: 'warning', message: 'Unexpected outcome medically-necessary for item 1, expected one agreeing with its decision upheld' },
    ]);
  });

  it('falls back to the decision, located at the decision word, when nothing concludes', () => {
    const { record, text, rationaleIssues } = run(letter('Cervical pillow: Upheld', 'He has never been taught a home exercise program.'));
    expect(record.rationale[0]?.outcome).toBe('not-medically-necessary');
    expect(record.trace?.['/rationale/0/outcome']?.rule).toBe('rationale/outcome-from-decision');
    expect(text.slice(...(record.spans['/rationale/0/outcome'] as [number, number]))).toBe('Upheld');
    expect(rationaleIssues.map((i) => i.severity)).toEqual(['info']);
  });

  it('gives no reasons other than criteria-met to a medically necessary outcome', () => {
    const { record } = run(letter('Naproxen 500mg #60: Overturned', 'She has no history of ulcer, and the guideline criteria are met. The request is medically necessary.'));
    expect(record.rationale[0]?.reasons).toEqual(['criteria-met']);
  });
});
