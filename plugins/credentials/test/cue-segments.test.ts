import type { Span } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { findCueSegments } from '../src/cue-segments.js';

const segments = (text: string) =>
  findCueSegments(text, [0, text.length]).map((s) => ({ rule: s.rule, form: s.form, list: text.slice(...(s.listSpan as Span)) }));

describe('findCueSegments', () => {
  it('cuts the sentence form into one list per phrase', () => {
    const text = 'The reviewer is Board Certified in Neurology, has a subspecialty in Neuromuscular Medicine and is licensed to practice in Ohio. He/she is in practice.';
    expect(segments(text)).toEqual([
      { rule: 'board', form: 'sentence', list: 'Neurology, has a ' },
      { rule: 'subspecialty', form: 'sentence', list: 'Neuromuscular Medicine and is ' },
      { rule: 'license', form: 'sentence', list: 'Ohio' },
    ]);
  });

  it('reads block lines to the end of their paragraph', () => {
    const text = 'The Expert Reviewer has the following credentials:\nState(s) of Licensure: Ohio, West Virginia\nCertification(s)/Specialty: Preventive Medicine';
    expect(segments(text)).toEqual([
      { rule: 'license', form: 'block', list: 'Ohio, West Virginia' },
      { rule: 'specialty', form: 'block', list: 'Preventive Medicine' },
    ]);
  });

  it('keeps the longer of two overlapping phrases', () => {
    expect(segments('is board certified in Urology').map((s) => s.rule)).toEqual(['board']);
  });

  it('does not end a list at the period of an initial', () => {
    expect(segments('holds a license in Washington, D.C. and Maryland.')[0]?.list).toBe('Washington, D.C. and Maryland');
  });

  it('finds a label in the middle of a paragraph only when printed with a capital', () => {
    expect(segments('Credentials: State(s) of Licensure: Ohio Certification(s)/Specialty: Urology')).toEqual([
      { rule: 'license', form: 'block', list: 'Ohio ' },
      { rule: 'specialty', form: 'block', list: 'Urology' },
    ]);
    expect(segments('his main specialty: urology')).toEqual([]);
  });

  it('reads a labelled line past its semicolons, a sentence only to its semicolon', () => {
    expect(segments('Specialty: Orthopaedic Surgery; Surgery of the Hand')[0]?.list).toBe('Orthopaedic Surgery; Surgery of the Hand');
    expect(segments('is board certified in Urology; he is in practice')[0]?.list).toBe('Urology');
  });

  it('takes in the board of "certified by the American Board of X in Y", leaving Y', () => {
    expect(segments('is certified by the American Board of Psychiatry and Neurology in Psychiatry.')).toEqual([{ rule: 'american-board', form: 'sentence', list: 'Psychiatry' }]);
    expect(segments('is a Diplomate of the American Board of Urology and is licensed in Iowa.').map((s) => [s.rule, s.list])).toEqual([
      ['profession', ''],
      ['american-board', 'Urology and is '],
      ['license', 'Iowa'],
    ]);
  });

  it('reads the state after "a licensed <profession> in"', () => {
    expect(segments('is a licensed Doctor of Chiropractic in Nevada.').map((s) => [s.rule, s.list])).toEqual([
      ['profession', 'licensed Doctor of Chiropractic '],
      ['license', 'Nevada'],
    ]);
  });
});

