import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverage, coverageTable, findLetterFolders, loadClosedSets, loadStructure, readLetter } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const structure = loadStructure();
const sets = loadClosedSets();

describe('coverage', () => {
  const letters = findLetterFolders([join(here, 'fixtures', 'good')]).map((d) => readLetter(d, structure));
  const rows = coverage(letters, sets);
  const row = (measure: string) => rows.find((r) => r.measure === measure);

  it('counts letters, items, outcomes, reasons and citations', () => {
    expect(row('letters')?.value).toBe('1');
    expect(row('per split')?.value).toBe('good: 1');
    expect(row('template final-determination')).toMatchObject({ value: '1', target: '≥ 8', ok: false });
    expect(row('items per letter, min / max')).toMatchObject({ value: '2 / 2', ok: false });
    expect(row('overturned share')).toMatchObject({ value: '50% (1 of 2)', ok: true });
    expect(row('criteria-met (on overturned items)')?.value).toBe('1');
    expect(row('MTUS: ACOEM chapters adopted')?.value).toBe('2');
    expect(row('with a page range')?.value).toBe('1');
    expect(row('"did not cite" letters')?.value).toBe('1');
    expect(row('letters with a misspelled state')?.value).toBe('1');
    expect(row('two-digit-year')?.value).toBe('1 letters (1 found)');
    expect(row('letters with ≥ 2 variants')).toMatchObject({ value: '0% (0 of 1)', ok: false });
  });

  it('prints a Markdown table with a mark for each target', () => {
    const table = coverageTable(rows);
    expect(table.split('\n')[0]).toBe('| area | measure | value | target | |');
    expect(table).toContain('| items | overturned share | 50% (1 of 2) | ≥ 20% | ✅ |');
    expect(table).toContain('| letters | letters | 1 |  |  |');
    expect(table).toContain('❌');
  });
});
