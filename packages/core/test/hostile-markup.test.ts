import { describe, expect, it } from 'vitest';
import { loadDocument } from '@imrkit/core';

const messages = (source: string, content: string | Uint8Array): string[] => loadDocument({ source, content }).issues.map((issue) => issue.message);

describe('loadDocument on hostile markup', () => {
  it('reads 20,000-deep markdown as plain text, with a warning, instead of overflowing the stack', () => {
    for (const content of ['>'.repeat(20_000), '- '.repeat(20_000), `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`, '['.repeat(20_000)]) {
      const document = loadDocument({ source: 'deep.md', content: `${content} Case Number: CM15-0000001\n` });
      expect(document.text).toContain('CM15-0000001');
      expect(document.issues[0]?.message).toMatch(/^Unexpected (markdown nesting deeper than|run of over)/);
    }
  });

  it('reads 20,000 nested HTML elements as plain text, with a warning', () => {
    expect(messages('deep.html', `${'<div>'.repeat(20_000)}x`)[0]).toMatch(/^Unexpected HTML nesting deeper than 1000/);
    expect(messages('deep.md', `${'<div>\n'.repeat(20_000)}x`)[0]).toMatch(/^Unexpected HTML nesting deeper than 1000/);
  });

  it('leaves ordinary letters alone', () => {
    expect(messages('letter.md', '> quoted\n> > twice\n\n- a\n  - b\n\n**Case Number:** CM15-0000001\n')).not.toContainEqual(expect.stringMatching(/^Unexpected/));
  });

  it('reads NUL bytes as spaces and lone CRs as line ends, keeping offsets into the decoded text', () => {
    const content = 'Case Number:\0CM15-0000001\rHOW THE IMR FINAL DETERMINATION WAS MADE\r';
    const document = loadDocument({ source: 'letter.txt', content: Buffer.from(content) });
    expect(document.original).toBe(content);
    expect(document.text).toBe('Case Number: CM15-0000001\nHOW THE IMR FINAL DETERMINATION WAS MADE');
    const at = document.text.indexOf('CM15');
    const [start, end] = document.toOriginal([at, at + 12]);
    expect(content.slice(start, end)).toBe('CM15-0000001');
    expect(document.issues.map((i) => i.message)).toContain('Unexpected NUL bytes in input, expected text; read as spaces');
  });

  it('decodes UTF-16 by its byte-order mark, and Latin-1 as Windows-1252 with a warning', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Case Number: CM15-0000001\n', 'utf16le')]);
    expect(loadDocument({ source: 'a.txt', content: utf16 }).text).toBe('Case Number: CM15-0000001');
    const latin1 = loadDocument({ source: 'a.txt', content: Buffer.from('Se\u00f1or Mu\u00f1oz\n', 'latin1') });
    expect(latin1.text).toBe('Se\u00f1or Mu\u00f1oz');
    expect(latin1.issues[0]?.message).toBe('Invalid UTF-8 in input; decoded as Windows-1252');
  });
});
