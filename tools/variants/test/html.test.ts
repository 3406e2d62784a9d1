import { describe, expect, it } from 'vitest';
import { classifyParagraphs, escapeHtml, loadStructure, renderVariants, splitParagraphs } from '../src/index.js';
import { fixture, htmlText, letters, missingInOrder, normalize } from './helpers.js';

const SEEDS = ['', ':a', ':b', ':c', ':d'];

describe('html', () => {
  it.each(letters())('keeps every paragraph of $id, in order, as an HTML parser reads the body', (letter) => {
    for (const suffix of SEEDS) {
      const html = renderVariants(letter.plain, { seed: letter.id + suffix }).html;
      const paragraphs = classifyParagraphs(splitParagraphs(letter.plain), loadStructure());
      const needles = paragraphs.map((p) => normalize(p.kind === 'item' ? p.text.replace(/^\d{1,2}[.)]\s+/, '') : p.text));
      expect(missingInOrder(normalize(htmlText(html).text), needles), `${letter.id}${suffix}`).toBeUndefined();
    }
  });

  it.each(letters())('renders $id as a complete page: doctype, head with title and style, headings as h3, labels in b', (letter) => {
    {
      const html = renderVariants(letter.plain, { seed: letter.id }).html;
      expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
      expect(html).toMatch(/<head>[\s\S]*<title>[^<]+<\/title>[\s\S]*<style>[\s\S]+<\/style>[\s\S]*<\/head>/);
      const { h3, bold, title } = htmlText(html);
      expect(title).toBeTruthy();
      const paragraphs = classifyParagraphs(splitParagraphs(letter.plain), loadStructure());
      for (const p of paragraphs) {
        if (p.kind === 'heading') expect(h3).toContain(p.text);
        if (p.kind === 'item' || p.kind === 'labelled') expect(bold.map(normalize).some((b) => b.endsWith(normalize(p.head ?? '')))).toBe(true);
      }
    }
  });

  it('puts header fields in a table of <b>Label:</b> and value cells', () => {
    const html = renderVariants(fixture('hb-short').plain, { seed: 'hb-short' }).html;
    expect(html).toContain('<tr><td><b>Date Assigned:</b></td><td>03/12/2014</td><td><b>Date of Injury:</b></td><td>06/01/2010</td></tr>');
  });

  it('escapes the text, sometimes with &#39; and &nbsp;, and sometimes carries a script to skip', () => {
    const { plain } = fixture('hb-short');
    const seen = { apos: false, nbsp: false, script: false, noScript: false };
    for (let i = 0; i < 30; i++) {
      const html = renderVariants(plain, { seed: `html-${i}` }).html;
      expect(html).toContain('&amp; a short-term');
      expect(html).toContain('&lt;5/10');
      seen.apos ||= html.includes('worker&#39;s');
      seen.nbsp ||= html.includes('</b>&nbsp;');
      if (html.includes('<script>')) seen.script = true;
      else seen.noScript = true;
    }
    expect(seen).toEqual({ apos: true, nbsp: true, script: true, noScript: true });
    expect(escapeHtml(`a < b & "c" 'd'`, { numericApostrophe: true })).toBe('a &lt; b &amp; &quot;c&quot; &#39;d&#39;');
  });
});
