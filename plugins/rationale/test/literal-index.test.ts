import { describe, expect, it } from 'vitest';
import { LiteralIndex } from '../src/literal-index.js';

describe('LiteralIndex', () => {
  const negation = /\bnot (?:be )?recommended\b/gi;
  const drugTest = /\burine drug (?:screen|test)s?\b/gi;
  const bare = /\bnot\b/gi;
  const index = new LiteralIndex();
  index.add(negation);
  index.add(drugTest);
  index.add(bare);

  it('rules a pattern out when the text lacks all its literals', () => {
    expect(index.mayMatch(negation, 'Tramadol is approved.')).toBe(false);
    expect(index.mayMatch(drugTest, 'Tramadol is approved.')).toBe(false);
  });

  it('keeps a pattern whose literal occurs, whatever the case', () => {
    expect(index.mayMatch(negation, 'It is NOT Recommended.')).toBe(true);
    expect(index.mayMatch(drugTest, 'No Urine Drug Screen is on file.')).toBe(true);
  });

  it('finds a short literal that starts where a longer one does', () => {
    // "not" and "not recommended" start at the same place; the scan reports the longer one.
    expect(index.mayMatch(bare, 'This is not recommended.')).toBe(true);
    expect(index.mayMatch(negation, 'This is not recommended.')).toBe(true);
  });

  it('always lets through a pattern added after the index was first used', () => {
    const late = /\bnorco\b/gi;
    index.add(late);
    expect(index.mayMatch(late, 'Nothing here names it.')).toBe(true);
  });

  it('compares the literal of a case-sensitive pattern in any case, which only lets it run more often', () => {
    const fresh = new LiteralIndex();
    const exact = /MTUS/g;
    fresh.add(exact);
    expect(fresh.mayMatch(exact, 'per the mtus')).toBe(true);
    expect(fresh.mayMatch(exact, 'per the guideline')).toBe(false);
  });
});
