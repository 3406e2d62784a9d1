import { describe, expect, it } from 'vitest';
import {
  dateFormatsInText,
  dateInText,
  editDistance,
  findState,
  flatten,
  isIsoDate,
  loadStructure,
  normalizeSpecialtyText,
  replaceBetweenMarkers,
  specialtyInText,
  STRENGTH,
} from '../src/index.js';

describe('dates', () => {
  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2015-02-19')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2015-2-19')).toBe(false);
  });

  it('finds a date in any common format, and not a neighbour', () => {
    for (const text of ['on 08/01/2001.', 'on 8/1/01,', 'on 08-01-2001', 'on August 1, 2001', 'Aug. 1st 2001', '1 August 2001', '2001-08-01']) {
      expect(dateInText('2001-08-01', text), text).toBe(true);
    }
    for (const text of ['on 08/11/2001', 'on 18/1/2001', 'August 11, 2001', 'on 8/1/2011', 'August 1, 2002']) {
      expect(dateInText('2001-08-01', text), text).toBe(false);
    }
  });
});

describe('states and specialties', () => {
  it('finds state names, misspelled ones within two edits', () => {
    expect(findState('NJ', 'licensed to practice in New Jersery.')).toEqual({ kind: 'misspelled', text: 'New Jersery' });
    expect(findState('PA', 'in Pennsylvnia and')).toEqual({ kind: 'misspelled', text: 'Pennsylvnia' });
    expect(findState('CA', 'in California')).toEqual({ kind: 'exact', text: 'California' });
    expect(findState('TX', 'in California')).toBeUndefined();
    expect(editDistance('califronia', 'california')).toBe(2);
  });

  it('allows & / and, Orthopaedic and Family Practice', () => {
    const text = normalizeSpecialtyText('Board Certified in Physical Medicine & Rehabilitation, Orthopaedic Surgery and Family Practice');
    expect(specialtyInText('Physical Medicine and Rehabilitation', text)).toBe(true);
    expect(specialtyInText('Orthopedic Surgery', text)).toBe(true);
    expect(specialtyInText('Family Medicine', text)).toBe(true);
    expect(specialtyInText('Surgery', normalizeSpecialtyText('Orthopaedic Surgery'))).toBe(true);
    expect(specialtyInText('Neurology', text)).toBe(false);
  });
});

describe('strength format', () => {
  it('takes number, space, lowercase unit', () => {
    for (const s of ['10 mg', '5%', '0.5%', '10/325 mg', '12 mcg/hr', '7.5 mg']) expect(STRENGTH.test(s), s).toBe(true);
    for (const s of ['10mg', '10 MG', 'mg', '10 mg ']) expect(STRENGTH.test(s), s).toBe(false);
  });
});

describe('flatten', () => {
  const structure = loadStructure();
  it('drops page furniture and joins pdf-text lines', () => {
    const pdf = 'the request was non- \n\ncertified on \n\nPage 1 of 2 \n\n\n\nFinal Determination Letter for IMR Case Number CM15-0027300 2 \n\n05/09/14. \n\n';
    expect(flatten(pdf, 'pdf-text', structure)).toBe('the request was non- certified on 05/09/14.');
  });

  it('strips markdown markup and html tags, scripts and entities', () => {
    expect(flatten('<b>Case Number:</b>\tCM15-0027300\n\n### CASE SUMMARY\n\n**Norco 10/325mg \\#60:** Upheld', 'markdown', structure)).toBe(
      'Case Number: CM15-0027300 CASE SUMMARY Norco 10/325mg #60: Upheld',
    );
    expect(flatten('<head><title>t</title></head><body><script>var x = "Upheld";</script><p><b>A&amp;B:</b>&nbsp;it&#39;s</p></body>', 'html', structure)).toBe(
      "A&B: it's",
    );
  });
});

describe('markers', () => {
  it('replaces the block between the markers, or appends one', () => {
    const readme = '# Corpus\n\nintro\n\n<!-- coverage:start -->\nold\n<!-- coverage:end -->\n\nmore\n';
    expect(replaceBetweenMarkers(readme, '| a |')).toBe('# Corpus\n\nintro\n\n<!-- coverage:start -->\n| a |\n<!-- coverage:end -->\n\nmore\n');
    expect(replaceBetweenMarkers('# Corpus\n', '| a |')).toBe('# Corpus\n\n<!-- coverage:start -->\n| a |\n<!-- coverage:end -->\n');
    expect(replaceBetweenMarkers('', '| a |')).toBe('<!-- coverage:start -->\n| a |\n<!-- coverage:end -->\n');
  });
});

describe('date formats', () => {
  it('names the formats a date is printed in', () => {
    expect(dateFormatsInText('2014-05-09', 'on 05/09/2014 and 5/9/14 and May 9, 2014')).toEqual([
      'numeric, 4-digit year',
      'numeric, 2-digit year',
      'month name',
    ]);
    expect(dateFormatsInText('2014-05-09', 'nothing')).toEqual([]);
  });
});
