import { describe, expect, it } from 'vitest';
import { Cursor } from '../src/cursor.js';
import { expandRange, readPages } from '../src/read-pages.js';

const pagesOf = (text: string): { value: number; printed: string; rule: string }[] =>
  readPages(new Cursor(text, 0, text.length)).map((p) => ({ value: p.value, printed: text.slice(p.span[0], p.span[1]), rule: p.rule }));

describe('expandRange', () => {
  it('lists every page of a range, both ends included', () => {
    expect(expandRange(63, 66)).toEqual([63, 64, 65, 66]);
  });
  it('completes an abbreviated end from the start', () => {
    expect(expandRange(111, 13)).toEqual([111, 112, 113]);
  });
  it('keeps only the start of a range that runs backwards or absurdly far', () => {
    expect(expandRange(90, 80)).toEqual([90]);
    expect(expandRange(1, 999)).toEqual([1]);
  });
});

describe('readPages', () => {
  it('locates each page at its number or at the range it came from', () => {
    expect(pagesOf('49, 74-76.')).toEqual([
      { value: 49, printed: '49', rule: 'citations/pages-single' },
      { value: 74, printed: '74-76', rule: 'citations/pages-range' },
      { value: 75, printed: '74-76', rule: 'citations/pages-range' },
      { value: 76, printed: '74-76', rule: 'citations/pages-range' },
    ]);
  });
  it('reads "and" between pages and en dashes in ranges', () => {
    expect(pagesOf('12–13 and 20').map((p) => p.value)).toEqual([12, 13, 20]);
  });
  it('stops before a word, so ", and <topic>" stays for the topic reader', () => {
    const text = '78, and Weaning of Medications';
    const cursor = new Cursor(text, 0, text.length);
    expect(readPages(cursor).map((p) => p.value)).toEqual([78]);
    expect(text.slice(cursor.pos)).toBe(', and Weaning of Medications');
  });
  it('does not read a decimal as a page', () => {
    expect(pagesOf('7.5 mg')).toEqual([]);
  });
});
