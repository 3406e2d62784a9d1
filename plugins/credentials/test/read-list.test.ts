import type { Span } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../src/lexicon.js';
import { readList } from '../src/read-list.js';

const specialties = createLexicon(
  [
    { value: 'Physical Medicine and Rehabilitation', names: ['Physical Medicine and Rehabilitation', 'PM&R'] },
    { value: 'Pain Medicine', names: ['Pain Medicine'] },
    { value: 'Psychiatry', names: ['Psychiatry'] },
    { value: 'Neurology', names: ['Neurology'] },
    { value: 'Endocrinology, Diabetes and Metabolism', names: ['Endocrinology, Diabetes and Metabolism'] },
  ],
  { maxEdits: [{ upToLetters: null, edits: 1 }], ignoredWords: ['board', 'certified'] },
);

const whole = (text: string): Span => [0, text.length];
const read = (text: string) => readList(text, whole(text), specialties).map((e) => [e.value, e.text, e.match]);

describe('readList', () => {
  it('keeps a known name that holds "&" or "and" whole', () => {
    expect(read('Physical Medicine & Rehabilitation, Pain Medicine')).toEqual([
      ['Physical Medicine and Rehabilitation', 'Physical Medicine & Rehabilitation', 'exact'],
      ['Pain Medicine', 'Pain Medicine', 'exact'],
    ]);
    expect(read('Endocrinology, Diabetes and Metabolism')).toEqual([['Endocrinology, Diabetes and Metabolism', 'Endocrinology, Diabetes and Metabolism', 'exact']]);
  });

  it('splits names joined by "and" when no known name spans them', () => {
    expect(read('Psychiatry and Neurology')).toEqual([
      ['Psychiatry', 'Psychiatry', 'exact'],
      ['Neurology', 'Neurology', 'exact'],
    ]);
  });

  it('matches a misspelt piece and keeps an unknown capitalised one', () => {
    expect(read('Neurolgy, Sleep Science')).toEqual([
      ['Neurology', 'Neurolgy', 'nearest'],
      [null, 'Sleep Science', 'unknown'],
    ]);
  });

  it('ends the list where running text resumes', () => {
    expect(read('Neurology and is licensed')).toEqual([['Neurology', 'Neurology', 'exact']]);
    expect(read('Pain Medicine and has been in practice for 5 Years')).toEqual([['Pain Medicine', 'Pain Medicine', 'exact']]);
  });

  it('locates each name as printed, without trailing punctuation', () => {
    const text = 'in PM&R.';
    const [entry] = readList(text, [3, text.length], specialties);
    expect(entry?.span).toEqual([3, 7]);
    expect(text.slice(...(entry?.span ?? [0, 0]))).toBe('PM&R');
  });
});

describe('readList separators and fillers', () => {
  const lexicon = createLexicon(
    [
      { value: 'Hematology', names: ['Hematology'] },
      { value: 'Medical Oncology', names: ['Medical Oncology', 'Oncology'] },
      { value: 'Internal Medicine', names: ['Internal Medicine'] },
      { value: 'Pain Medicine', names: ['Pain Medicine'] },
      { value: 'Preventive Medicine', names: ['Preventive Medicine'] },
      { value: 'Occupational Medicine', names: ['Occupational Medicine'] },
      { value: 'Otolaryngology', names: ['Otolaryngology', 'Otolaryngology - Head and Neck Surgery'] },
      { value: 'Physical Medicine and Rehabilitation', names: ['Physical Medicine and Rehabilitation'] },
    ],
    { maxEdits: [{ upToLetters: 8, edits: 1 }, { upToLetters: null, edits: 2 }], ignoredWords: ['the', 'in', 'board', 'certified', 'physician'] },
  );
  const values = (text: string) => readList(text, [0, text.length], lexicon).map((e) => e.value);

  it('splits at a slash, a lone dash and a semicolon, unless a known name spans them', () => {
    expect(values('Hematology/Oncology; Internal Medicine - Pain Medicine')).toEqual(['Hematology', 'Medical Oncology', 'Internal Medicine', 'Pain Medicine']);
    expect(values('Otolaryngology - Head and Neck Surgery')).toEqual(['Otolaryngology']);
  });

  it('reads multi-word connectors and skips ignored words', () => {
    expect(values('Internal Medicine as well as Pain Medicine')).toEqual(['Internal Medicine', 'Pain Medicine']);
    expect(values('Board-Certified Occupational Medicine Physician and in Pain Medicine')).toEqual(['Occupational Medicine', 'Pain Medicine']);
  });

  it('completes a name whose last word was left to the next one', () => {
    const [first] = readList('Preventive and Occupational Medicine', [0, 36], lexicon);
    expect(first).toMatchObject({ value: 'Preventive Medicine', text: 'Preventive', match: 'elided' });
  });

  it('matches a misspelt name that holds "and" as one name', () => {
    expect(values('Phsyical Medicine and Rehabilitation, Pain Medicine')).toEqual(['Physical Medicine and Rehabilitation', 'Pain Medicine']);
  });

  it('ends the list at running text printed in capitals', () => {
    expect(values('PAIN MEDICINE AND IS LICENSED')).toEqual(['Pain Medicine']);
  });
});
