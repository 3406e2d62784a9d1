import { describe, expect, it } from 'vitest';
import { createMonthStartFinder } from '../src/month-starts.js';

const starts = createMonthStartFinder(['March', 'Mar', 'September', 'Sept', 'Sep']);

describe('createMonthStartFinder', () => {
  it('follows each digit after a space back to the month name before it', () => {
    const text = 'on March 3, 2014, MAR. 2014, Sept.,\n 2015 and march of\t2013';
    expect(starts(text).map((at) => text.slice(at, at + 5))).toEqual(['March', 'MAR. ', 'Sept.', 'march']);
  });

  it('finds no start where the word before the digit is no month name or is part of a longer word', () => {
    expect(starts('Marching 3 times, xMarch 3, 2014, March3 2014, in 2014')).toEqual([]);
  });
});
