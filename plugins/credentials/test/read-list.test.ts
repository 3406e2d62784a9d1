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
  [{ upToLetters: null, edits: 1 }],
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
