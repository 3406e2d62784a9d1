import { describe, expect, it } from 'vitest';
import { insideAny, quoteRegions } from '../src/quotes.js';

const quoted = (text: string) => quoteRegions(text, [0, text.length]).map(([s, e]) => text.slice(s, e));

describe('quoteRegions', () => {
  it('pairs straight and curly quotes', () => {
    expect(quoted('MTUS states "not recommended" and ODG “recommended”.')).toEqual(['"not recommended"', '“recommended”']);
  });

  it('pairs quotes paragraph by paragraph and ignores an unpaired one', () => {
    expect(quoted('He said "it helps\nthe "4 A\'s" apply')).toEqual(['"4 A\'s"']);
  });

  it('tells whether an offset is inside a region', () => {
    expect(insideAny([[2, 5]], 4)).toBe(true);
    expect(insideAny([[2, 5]], 5)).toBe(false);
  });
});
