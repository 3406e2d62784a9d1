import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLetter, findLetterFolders, findRepoRoot, loadClosedSets, loadStructure, readLetter } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
const structure = loadStructure();
const sets = loadClosedSets();

function problemsOf(dir: string): string[] {
  return checkLetter(readLetter(dir, structure), sets, structure);
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the good letter with one file rewritten. */
function variantOfGood(file: string, edit: (text: string) => string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'imr-goldens-')), '001-fd-good');
  temps.push(dirname(dir));
  cpSync(join(fixtures, 'good', '001-fd-good'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('check-goldens', () => {
  it('reads the closed sets of @imrkit/core', () => {
    expect(sets.categories).toContain('medication');
    expect(sets.categories.length).toBe(9);
    expect(sets.reasonCodes.length).toBe(15);
    expect(sets.reasonCodes).toContain('criteria-met');
  });

  it('passes a good golden', () => {
    expect(problemsOf(join(fixtures, 'good', '001-fd-good'))).toEqual([]);
  });

  it('catches a label that is not in the text', () => {
    expect(problemsOf(join(fixtures, 'bad', '002-label-not-in-text'))).toEqual([
      'items[1].label: "Norco 10/325mg #90" not found in plain.txt',
    ]);
  });

  it('catches a reason code outside the closed set', () => {
    const problems = problemsOf(join(fixtures, 'bad', '003-unknown-reason-code'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^rationale\[1\]\.reasons\[2\]: unexpected "not-enough-evidence", expected one of /);
  });

  it('catches an item index out of range', () => {
    expect(problemsOf(join(fixtures, 'bad', '004-citation-index-out-of-range'))).toEqual([
      'citations[3].item: item index 2 out of range, expected 0..1',
    ]);
  });

  it('catches a date that is not in the text', () => {
    expect(problemsOf(join(fixtures, 'bad', '005-date-not-in-text'))).toEqual([
      'dates.urDenial: 2013-10-11 not found in plain.txt in any date format',
    ]);
  });

  it('finds every bad fixture and only those', () => {
    const folders = findLetterFolders([fixtures]);
    expect(folders).toHaveLength(5);
    const bad = folders.filter((f) => problemsOf(f).length > 0);
    expect(bad.map((f) => f.split('/').pop())).toEqual([
      '002-label-not-in-text',
      '003-unknown-reason-code',
      '004-citation-index-out-of-range',
      '005-date-not-in-text',
    ]);
  });

  it('catches shape, type and consistency problems', () => {
    const dir = variantOfGood('expected.json', (text) => {
      const golden = JSON.parse(text);
      golden.extra = true;
      golden.items[1].name = 'Norco';
      golden.items[1].quantity = '60';
      golden.items[1].strength = '10/325mg';
      golden.items[1].category = 'drug';
      golden.rationale[1].outcome = 'medically-necessary';
      golden.credentials.licensure.push('XX');
      golden.dates.injury = '2012-02-30';
      golden.case.caseNumber = 'CM12-123';
      return JSON.stringify(golden);
    });
    const problems = problemsOf(dir).join('\n');
    for (const expected of [
      'expected.json: unexpected true for key "extra", expected an object or a list',
      'items[1].name: unexpected "Norco", expected lowercase',
      'items[1].quantity: unexpected "60"',
      'items[1].strength: unexpected "10/325mg"',
      'items[1].category: unexpected "drug"',
      'rationale[1].outcome: unexpected "medically-necessary" for item 1 decided "upheld"',
      'credentials.licensure[2]: unexpected "XX"',
      'dates.injury: unexpected "2012-02-30", expected a valid ISO date',
      'case.caseNumber: unexpected "CM12-123"',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  it('catches a missing rationale, a wrong decision, a specialty, a state and a case number not in the text', () => {
    const dir = variantOfGood('expected.json', (text) => {
      const golden = JSON.parse(text);
      golden.rationale.pop();
      golden.items[0].decision = 'upheld';
      golden.rationale[0].outcome = 'not-medically-necessary';
      golden.credentials.specialties.push('Neurology');
      golden.credentials.licensure.push('TX');
      golden.case.caseNumber = 'CM13-0000001';
      return JSON.stringify(golden);
    });
    expect(problemsOf(dir)).toEqual([
      'rationale: item 1 has 0 rationale entries, expected exactly 1',
      'items[0].decision: "upheld", but its label line says "overturned"',
      'case.caseNumber: CM13-0000001 not found in plain.txt',
      'credentials.specialties[2]: "Neurology" not found in plain.txt',
      'credentials.licensure[2]: no state name for TX (or a misspelling within 2 edits) found in plain.txt',
    ]);
  });

  it('checks meta.json: its kinds, its template, and every feature text in plain.txt', () => {
    const dir = variantOfGood('meta.json', (text) => {
      const meta = JSON.parse(text);
      meta.template = 'header-block';
      meta.features.push({ kind: 'typo', text: 'recommeded' }, { kind: 'spelling', text: 'carpenter' });
      return JSON.stringify(meta);
    });
    expect(problemsOf(dir)).toEqual([
      'meta.json features[5] (typo): text "recommeded" not found in plain.txt',
      'meta.json features[6].kind: unexpected "spelling", expected one of two-digit-year, month-name-date, header-date, progress-note-date, imaging-date, earlier-ur, typo, missing-word, redaction-gap, misspelled-state, hyphenated-word, history-drug, no-citation, page-range, multi-topic, frequency-duration, one-prescription, weight-not-quantity, subspecialty',
      'meta.json template: "header-block", but plain.txt opens like "final-determination"',
    ]);
  });

  const seeds = join(findRepoRoot(), '..', 'shared', 'seeds');
  it.runIf(existsSync(seeds))('passes the five seed letters (pdf-text and markdown layouts)', () => {
    const folders = findLetterFolders([seeds]);
    expect(folders.length).toBe(5);
    for (const folder of folders) expect(problemsOf(folder), folder).toEqual([]);
  });
});
