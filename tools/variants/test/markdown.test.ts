import { describe, expect, it } from 'vitest';
import { classifyParagraphs, escapeParagraph, loadStructure, renderVariants, splitParagraphs } from '../src/index.js';
import { fixture, letters, markdownText, missingInOrder, normalize } from './helpers.js';

const SEEDS = ['', ':a', ':b', ':c', ':d'];

describe('markdown', () => {
  it.each(letters())('keeps every paragraph of $id, in order, as a CommonMark parser reads it', (letter) => {
    for (const suffix of SEEDS) {
      const md = renderVariants(letter.plain, { seed: letter.id + suffix }).markdown;
      const paragraphs = classifyParagraphs(splitParagraphs(letter.plain), loadStructure());
      // An issue list may turn "1. Label: Upheld" into an ordered list item: its number becomes the marker.
      const needles = paragraphs.map((p) => normalize(p.kind === 'item' ? p.text.replace(/^\d{1,2}[.)]\s+/, '') : p.text));
      const { text } = markdownText(md);
      expect(missingInOrder(normalize(text), needles), `${letter.id}${suffix}`).toBeUndefined();
    }
  });

  it.each(letters())('writes the headings of $id as ### and its item and guideline labels in bold', (letter) => {
    {
      const md = renderVariants(letter.plain, { seed: letter.id }).markdown;
      const { headings, strong } = markdownText(md);
      const paragraphs = classifyParagraphs(splitParagraphs(letter.plain), loadStructure());
      for (const p of paragraphs) {
        if (p.kind === 'heading') {
          expect(headings).toContain(p.text);
          expect(md).toContain(`### ${p.text.replace(/[\\`*_~[]/g, (c) => `\\${c}`)}\n`);
        }
        if (p.kind === 'item' || p.kind === 'labelled') {
          expect(strong.map(normalize).some((s) => s.endsWith(normalize(p.head ?? ''))), `${letter.id}: ${p.head}`).toBe(true);
        }
      }
    }
  });

  it('writes the header as <b>Label:</b> cells separated by tabs, rows in one paragraph', () => {
    const md = renderVariants(fixture('hb-short').plain, { seed: 'hb-short' }).markdown;
    expect(md).toContain(
      '<b>Case Number:</b>\tCM14-0123456\t\t\n<b>Date Assigned:</b>\t03/12/2014\t<b>Date of Injury:</b>\t06/01/2010\n',
    );
    expect(md).toContain('<b>Priority:</b>\tStandard\t<b>Application Received:</b>\t03/05/2014\n\n### HOW THE IMR');
    expect(md).toContain('**Hinged knee brace, left:** Overturned');
    expect(md).toContain('**Claims Administrator guideline:** Decision based on ACOEM');
  });

  it('escapes what would otherwise be markup at a line start', () => {
    expect(escapeParagraph('# of prior visits')).toBe('\\# of prior visits');
    expect(escapeParagraph('* Knee flexion')).toBe('\\* Knee flexion');
    expect(escapeParagraph('_underscored_ text')).toBe('\\_underscored\\_ text');
    expect(escapeParagraph('<redacted> said')).toBe('\\<redacted> said');
    expect(escapeParagraph('1. Tramadol: MTUS')).toBe('1\\. Tramadol: MTUS');
    expect(escapeParagraph('- 2 -')).toBe('\\- 2 -');
    expect(escapeParagraph('> 6 weeks')).toBe('\\> 6 weeks');
    expect(escapeParagraph('Pain <5/10 & stable')).toBe('Pain <5/10 & stable');
  });

  it('may turn the issue list of a professional review into an ordered list', () => {
    const { plain } = fixture('pr-issues');
    const forms = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const md = renderVariants(plain, { seed: `pr-${i}` }).markdown;
      forms.add(md.includes('1. **Gabapentin 600mg #90:** Upheld\n2. **Cognitive') ? 'list' : 'paragraphs');
      expect(md).toContain('1\\. Gabapentin 600mg #90: MTUS');
    }
    expect(forms).toEqual(new Set(['list', 'paragraphs']));
  });
});
