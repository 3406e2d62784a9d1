import { describe, expect, it } from 'vitest';
import { CaseFileError, loadCases } from '@imrkit/plugin-testing';

const fixture = (name: string) => new URL(`./fixtures/${name}/`, import.meta.url);

describe('loadCases', () => {
  it('reads <name>.txt + <name>.json pairs, sorted by name', () => {
    const cases = loadCases(fixture('good'));
    expect(cases.map((c) => [c.name, c.description, c.expected])).toEqual([
      ['header', 'a case number in the header', { caseNumber: 'CM15-0000042' }],
      ['none', 'no case number', { caseNumber: null }],
    ]);
    expect(cases[0]?.letter).toMatch(/^Case Number: CM15-0000042\n/);
  });

  it('rejects a letter without its expectation', () => {
    expect(() => loadCases(fixture('lonely'))).toThrow(new CaseFileError('No expectation for case "a"; expected a.json beside a.txt'));
  });

  it('rejects a case without "expected"', () => {
    expect(() => loadCases(fixture('no-expected'))).toThrow(/No "expected" in a\.json/);
  });

  it('rejects two cases with the same letter', () => {
    expect(() => loadCases(fixture('twins'))).toThrow(/Case "b" repeats the letter of case "a"/);
  });

  it('rejects a folder with no cases', () => {
    expect(() => loadCases(fixture('empty'))).toThrow(/No cases in/);
  });
});
