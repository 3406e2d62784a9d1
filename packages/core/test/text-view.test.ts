import { describe, expect, it } from 'vitest';
import { loadDocument } from '@imrkit/core';
import { ANY_LETTER, corpus, fixtures, letterFiles, seeds } from './letters.js';

/** Characters a clean-view separator may stand for: whitespace, or the markup it replaced. */
const SEPARATOR_SOURCE = /[\s<>*#|\\_-]/;

/**
 * Every character of the clean view maps back into the original: to the same
 * character, to the whitespace or markup a separator replaced, or to the start
 * of the entity or escape it was decoded from.
 */
function mappingProblems(original: string, text: string, toOriginal: (s: readonly [number, number]) => readonly [number, number]): string[] {
  const problems: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const [at, end] = toOriginal([i, i + 1]);
    const ch = text[i] as string;
    const source = original[at] ?? '';
    const ok =
      end > at &&
      (source === ch ||
        ((ch === ' ' || ch === '\n') && SEPARATOR_SOURCE.test(source)) ||
        (source === '&' && /^&[#a-z0-9]+;/i.test(original.slice(at, at + 12))) ||
        (source === '\\' && original[at + 1] === ch));
    if (!ok) problems.push(`view[${i}]=${JSON.stringify(ch)} maps to original[${at}]=${JSON.stringify(source)}`);
    if (problems.length > 5) break;
  }
  return problems;
}

const files = [...letterFiles(fixtures, ANY_LETTER), ...letterFiles(seeds), ...letterFiles(corpus)];

describe('the clean view maps back to the original', () => {
  it.each(files.map((f) => [f.name, f] as const))('%s', (_name, file) => {
    const document = loadDocument({ source: file.path, content: file.content });
    expect(document.text.length).toBeGreaterThan(0);
    expect(mappingProblems(document.original, document.text, document.toOriginal)).toEqual([]);
  });
});

describe('the clean view', () => {
  it('undoes hard wraps, the empty line after every line and page furniture of pdf-text', () => {
    const original = 'CLINICAL CASE SUMMARY \n\nThe patient was seen on 1/2/13 and her pain \n\nwas 6/10. \n\n \n\n\n\nPage 1 of 2\n\n\n\nA new paragraph. \n\n';
    const document = loadDocument({ source: 'x.txt', content: original, variant: 'pdf-text' });
    expect(document.text.slice(0, document.bodyEnd)).toBe('CLINICAL CASE SUMMARY\nThe patient was seen on 1/2/13 and her pain was 6/10.\nA new paragraph.');
    expect(document.text.slice(document.bodyEnd)).toBe('\nPage 1 of 2');
  });

  it('rejoins a word split at its hyphen across a line break', () => {
    const original = 'The request was non- \n\ncertified on 5/9/14 and short-\n\nterm use was advised. \n\n';
    const document = loadDocument({ source: 'x.txt', content: original, variant: 'pdf-text' });
    expect(document.text).toBe('The request was non-certified on 5/9/14 and short-term use was advised.');
  });

  it('reads markdown from its syntax tree: header cells, headings, bold labels, escapes', () => {
    const original = '<b>Case Number:</b>\tCM15-0000001\t\t\n<b>Date Assigned:</b>\t01/02/2015\t<b>Date of Injury:</b>\t03/04/2010\n\n### CLINICAL CASE SUMMARY\n\nShe uses \\*two\\* creams &amp; a brace.\n\n**Tens unit:** Upheld\n';
    const document = loadDocument({ source: 'x.md', content: original });
    expect(document.text).toBe('Case Number: CM15-0000001\nDate Assigned: 01/02/2015\nDate of Injury: 03/04/2010\nCLINICAL CASE SUMMARY\nShe uses *two* creams & a brace.\nTens unit: Upheld');
  });

  it('reads GFM tables and strikethrough where a letter has them, and plain CommonMark text the same either way', () => {
    const table = '| **Case Number:** | CM15-0000001 |\n|---|---|\n| **Date of Injury:** | 03/04/2010 |\n\nShe stopped ~~ibuprofen~~ naproxen.\n';
    expect(loadDocument({ source: 'x.md', content: table }).text).toBe('Case Number: CM15-0000001\nDate of Injury: 03/04/2010\nShe stopped ibuprofen naproxen.');
    const links = 'Records were sent from www.example.com and records@example.com on 01/02/2015.\n';
    expect(loadDocument({ source: 'x.md', content: links }).text).toBe('Records were sent from www.example.com and records@example.com on 01/02/2015.');
    expect(loadDocument({ source: 'x.md', content: `${links}| a |\n|---|\n` }).text.split('\n')[0]).toBe('Records were sent from www.example.com and records@example.com on 01/02/2015.');
  });

  it('reads html without its scripts, styles or head', () => {
    const original = '<html><head><title>T</title><script>var x = "<p>no</p>";</script></head><body><h3>CASE SUMMARY:</h3><p>It&#39;s <b>fine</b>.</p><script>alert(1)</script></body></html>';
    const document = loadDocument({ source: 'x.html', content: original });
    expect(document.text).toBe("CASE SUMMARY:\nIt's fine.");
  });

  it('maps every character inside the original when a table is left open to the end of the input', () => {
    // The heading is moved out of the open table by the HTML parser; the break after the table stands for the end of the input.
    const original = '<table>\n\n<tr><td><b>Dated:</b></td><td>11/20/2013</td></tr>\n\n<h3>HOW THE IMR FINAL DETERMINATION WAS MADE</h3>';
    const document = loadDocument({ source: 'letter.txt', content: original });
    expect(document.text).toBe('HOW THE IMR FINAL DETERMINATION WAS MADE\nDated: 11/20/2013');
    for (let i = 0; i < document.text.length; i++) {
      const [start, end] = document.toOriginal([i, i + 1]);
      expect(end, `character ${i}`).toBeLessThanOrEqual(original.length);
      expect(start).toBeLessThan(end);
    }
  });
});
