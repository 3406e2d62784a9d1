import { describe, expect, it } from 'vitest';
import { compareRecord, cutAtSpans, renderReviewPage } from '../src/index.js';
import { corpusLetter, hostileLetter } from './letter.js';

describe('cutAtSpans', () => {
  it('nests a span inside another', () => {
    expect(cutAtSpans(10, [[0, 10], [2, 4]])).toEqual([
      { start: 0, end: 2, spans: [0] },
      { start: 2, end: 4, spans: [0, 1] },
      { start: 4, end: 10, spans: [0] },
    ]);
  });

  it('splits crossing spans cleanly, and keeps an empty span as an empty piece', () => {
    expect(cutAtSpans(8, [[1, 5], [3, 7], [6, 6]])).toEqual([
      { start: 0, end: 1, spans: [] },
      { start: 1, end: 3, spans: [0] },
      { start: 3, end: 5, spans: [0, 1] },
      { start: 5, end: 6, spans: [1] },
      { start: 6, end: 6, spans: [2] },
      { start: 6, end: 7, spans: [1] },
      { start: 7, end: 8, spans: [] },
    ]);
  });

  it('clamps spans that run past the text', () => {
    expect(cutAtSpans(3, [[1, 9]])).toEqual([
      { start: 0, end: 1, spans: [] },
      { start: 1, end: 3, spans: [0] },
    ]);
  });
});

describe('compareRecord', () => {
  it('marks wrong, extra and missed values by pointer', () => {
    const { record, expected } = corpusLetter();
    const changed = { ...record, dates: { ...record.dates, injury: '1999-01-01' }, case: { caseNumber: null } };
    const result = compareRecord(changed as unknown as Record<string, unknown>, expected as never);
    expect(result.verdicts.get('/dates/injury')).toBe('wrong');
    expect(result.expected.get('/dates/injury')).toBe(expected.dates.injury);
    expect(result.missed.map((m) => m.pointer)).toContain('/case/caseNumber');
    expect(result.verdicts.get('/dates/urDenial')).toBe('right');
  });
});

describe('renderReviewPage', () => {
  it('highlights every span of the record, each text character once', () => {
    const letter = corpusLetter();
    const html = renderReviewPage([letter]);
    const marked = new Set([...html.matchAll(/<mark data-spans="([\d ]+)"/g)].flatMap((m) => (m[1] ?? '').split(' ')));
    expect(marked.size).toBe(Object.keys(letter.record.spans).length);
    const text = html.slice(html.indexOf('<pre class="text">') + 18, html.indexOf('</pre>')).replace(/<[^>]+>/g, '');
    expect(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')).toBe(letter.text);
  });

  it('is self-contained: no external resource, a policy that forbids fetching', () => {
    const html = renderReviewPage([corpusLetter()]);
    expect(html).not.toMatch(/\b(?:src|href)=|@import|url\(|https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes letter text, sources and values', () => {
    const html = renderReviewPage([hostileLetter()]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<\/script>/g)?.length).toBe(2);
  });

  it('renders a page for no letters and for a letter without spans', () => {
    expect(renderReviewPage([])).toContain('0 letters');
    const letter = corpusLetter();
    expect(renderReviewPage([{ ...letter, record: { ...letter.record, spans: {} } }])).toContain('0 values');
  });
});
