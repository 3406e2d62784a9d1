import { describe, expect, it } from 'vitest';
import { expandLexicons } from '../src/lexicons.js';

describe('expandLexicons', () => {
  it('replaces a {{name}} reference by its lexicon, nested references too', () => {
    const lexicons = { nsaid: 'nsaids?|naproxen', firstLine: '{{nsaid}}|acetaminophen' };
    expect(expandLexicons(['trial of {{firstLine}}'], lexicons)).toEqual(['trial of (?:(?:nsaids?|naproxen)|acetaminophen)']);
  });

  it('leaves regular-expression braces alone', () => {
    expect(expandLexicons(['(?:\\w+ ){0,3}pain'], {})).toEqual(['(?:\\w+ ){0,3}pain']);
  });

  it('rejects unknown and circular lexicons', () => {
    expect(() => expandLexicons(['{{missing}}'], {})).toThrow(/Unexpected lexicon \{\{missing\}\}/);
    expect(() => expandLexicons(['{{a}}'], { a: '{{b}}', b: '{{a}}' })).toThrow(/circular/);
  });
});
