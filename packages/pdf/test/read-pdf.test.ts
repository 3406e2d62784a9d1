import { loadDocument } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../src/index.js';
import { encryptedPdf, imageOnlyPdf, placedPdf, type Placed } from './pdfs.js';

/** The paragraphs the core reads from readPdf's text (furniture moved past the body). */
async function paragraphs(pages: readonly (readonly Placed[])[]): Promise<{ body: string[]; text: string }> {
  const { text, issues } = await readPdf(await placedPdf(pages));
  expect(issues).toEqual([]);
  const document = loadDocument({ source: 'letter.pdf', content: text, variant: 'pdf' });
  return { body: document.text.slice(0, document.bodyEnd).split('\n').filter(Boolean), text };
}

/** Lines of body text, 14 points apart, from the top of a page. */
const column = (lines: readonly string[], top = 700, x = 72): Placed[] => lines.map((text, i) => ({ text, x, y: top - 14 * i }));

describe('readPdf: lines', () => {
  it('joins the runs of one baseline left to right, with a space where there is a gap', async () => {
    const { body } = await paragraphs([
      [
        { text: 'Upheld', x: 300, y: 700 },
        { text: 'Baclofen 10mg #60:', x: 72, y: 700, bold: true },
        { text: 'twenty', x: 72, y: 680 },
        // 'twenty' is 31.79 points wide at 11 points: 'one' follows it with no gap.
        { text: 'one', x: 72 + 31.8, y: 680 },
      ],
    ]);
    expect(body[0]).toBe('Baclofen 10mg #60: Upheld');
    expect(body[1]).toBe('twentyone');
  });

  it('keeps a raised or lowered run on its line', async () => {
    const { body } = await paragraphs([[{ text: 'Pain rated 7/10', x: 72, y: 700 }, { text: '2', x: 160, y: 703, size: 7 }]]);
    expect(body).toEqual(['Pain rated 7/10 2']);
  });
});

describe('readPdf: paragraphs', () => {
  const wrapped = ['The injured worker is a 52-year-old male forklift operator who reported the onset of low', 'back pain after pulling a loaded pallet jack up a dock ramp.'];

  it('joins wrapped lines and splits paragraphs at a wider gap', async () => {
    const { body } = await paragraphs([[...column(wrapped), ...column(['He declined a surgical referral at that time.'], 700 - 14 * 2 - 10)]]);
    expect(body).toEqual([wrapped.join(' '), 'He declined a surgical referral at that time.']);
  });

  it('splits paragraphs at a first-line indent with no gap', async () => {
    const { body } = await paragraphs([[...column(wrapped), { text: 'He declined a surgical referral at that time.', x: 100, y: 700 - 28 }]]);
    expect(body).toEqual([wrapped.join(' '), 'He declined a surgical referral at that time.']);
  });

  it('splits after a short line the next word would have fitted on', async () => {
    const { body } = await paragraphs([column(['Case Number: CM15-0027300', 'Date Assigned: 02/19/2015 Date of Injury: 08/01/2001', ...wrapped])]);
    expect(body.slice(0, 2)).toEqual(['Case Number: CM15-0027300', 'Date Assigned: 02/19/2015 Date of Injury: 08/01/2001']);
  });

  it('continues a paragraph across a page break and rejoins a word split at its hyphen', async () => {
    const first = column([
      'Early care consisted of chiropractic manipulation and naproxen, and he returned to modified',
      'duty. A lumbar MRI obtained on 02/07/2012 showed a 4 mm left paracentral disc protrusion at',
      'L4-L5 with mild lateral recess narrowing, and the treating physician requested further care,',
      'which the utilization review non-',
    ]);
    const second = column(['certified on 03/16/2015. He declined a surgical referral at that time and was switched to', 'OxyContin during 2013.']);
    const { body } = await paragraphs([first, second]);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatch(/^Early care .* modified duty\. .* review non-certified on 03\/16\/2015\. .* during 2013\.$/);
  });

  it('rejoins a centred heading wrapped over two lines', async () => {
    const heading = (text: string, y: number, width: number): Placed => ({ text, x: 306 - width / 2, y, bold: true });
    const { body } = await paragraphs([
      [
        ...column(['The expert reviewer developed the following clinical case summary based on a review of', 'the case file.']),
        heading('MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND', 650, 465),
        heading('WHY:', 636, 28),
        ...column(['Official Disability Guidelines (ODG) Low Back, Discography.'], 610),
      ],
    ]);
    expect(body).toContain('MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:');
  });
});

describe('readPdf: page furniture', () => {
  it('moves footers and headers that recur at one height after the body', async () => {
    const sentences = ['The worker walks two blocks before stopping.', 'Lumbar flexion was limited to 40 degrees.', 'Sensation was diminished over the left foot.'];
    const page = (n: number): Placed[] => [
      { text: 'IMR Case Number: CM15-0027300', x: 72, y: 740 },
      ...column([sentences[n - 1] ?? '']),
      { text: `Page ${n} of 3`, x: 280, y: 40 },
    ];
    const { body, text } = await paragraphs([page(1), page(2), page(3)]);
    expect(body).toEqual(sentences);
    expect(text.trimEnd().split('\n').filter((l) => l.trim()).slice(-2)).toEqual(['IMR Case Number: CM15-0027300', 'Page 3 of 3']);
  });

  it('keeps a line that recurs on one page only in the body', async () => {
    const { body } = await paragraphs([[...column(['Only page.']), { text: 'Page 1 of 1', x: 280, y: 40 }]]);
    expect(body).toEqual(['Only page.']);
  });
});

describe('readPdf: unreadable input', () => {
  it('refuses an encrypted PDF with a clear error', async () => {
    const result = await readPdf(await encryptedPdf());
    expect(result.text).toBe('');
    expect(result.issues).toEqual([{ severity: 'error', message: expect.stringMatching(/^Encrypted PDF; expected /) }]);
  });

  it('says when a PDF has no text layer', async () => {
    const result = await readPdf(await imageOnlyPdf());
    expect(result).toEqual({ text: '', issues: [{ severity: 'error', message: expect.stringMatching(/^No text layer in PDF; expected /) }] });
  });

  it('never throws on broken, truncated or empty bytes', async () => {
    const whole = await placedPdf([column(['Some text.'])]);
    for (const bytes of [new TextEncoder().encode('%PDF-1.7\nnot really'), whole.subarray(0, 200), new Uint8Array(0), new Uint8Array([0, 1, 2, 3])]) {
      const result = await readPdf(bytes);
      expect(result.text).toBe('');
      expect(result.issues).toEqual([{ severity: 'error', message: expect.stringMatching(/^Unreadable PDF: /) }]);
    }
  });

  it('leaves the bytes it was given intact', async () => {
    const bytes = await placedPdf([column(['Some text.'])]);
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
