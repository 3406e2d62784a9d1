import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_READERS } from '../src/label-readers.js';

/** The labels of every case, and the forms the README lists for each rule. */
const caseLabels = readdirSync(new URL('../cases/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(`../cases/${f}`, import.meta.url), 'utf8')) as { expected: { label: string }[] }).expected.map((i) => i.label));
const forms = [
  '2x4', '2 x 6', '3 times a week for 4 weeks', 'twice weekly for six weeks', '1 visit per month x 6 months', '5 days per week x 4 weeks',
  'monthly x 6 months', 'weekly for eight weeks', '#60', '# 60', '#60 tablets', 'Qty: 12', 'Quantity 90', 'qty 120 tablets', 'x12', 'x 6 sessions',
  'x 80 hours', '12 sessions', 'six visits', 'Ten (10) sessions of', '60 tablets', '2 tubes', '60 Baclofen 10mg', 'Six (6) chiropractic visits',
  'Trigger point injections (4)', '20MG', '12mcg/hour', '10/325mg', '10mg/325mg', '5%', 'Norco 10/325', '2 refills', 'with 3 refills',
  'w/ 3 refills', 'x3 refills', 'refills: 1', 'refills x 2', 'no refills', '1/2/14', '3-4-2014', 'April 7, 2014', '01/02/2014 - 01/05/2014',
  '120gm', '240 ml', '100 gram tube', '1 tab PO q6h', 'three times daily', 'for 6 weeks', '30 day supply', 'twice a day',
];
const texts = [...caseLabels, ...forms];
const matches = (pattern: RegExp, text: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(text);
};

describe('LABEL_READERS', () => {
  it('declare needs that every text a reader matches meets', () => {
    for (const reader of LABEL_READERS.filter((r) => r.needs)) {
      const read = texts.filter((text) => matches(reader.pattern, text));
      expect(read.length, `${reader.rule} reads none of the texts`).toBeGreaterThan(0);
      expect(read.filter((text) => !(reader.needs as RegExp).test(text)), reader.rule).toEqual([]);
    }
  });
});
