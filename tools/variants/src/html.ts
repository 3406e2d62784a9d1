/**
 * The `html` variant: a complete HTML page of the letter. Header fields in a
 * table, headings as `<h3>`, paragraphs as `<p>`, item and guideline labels in
 * `<b>`, the text HTML-escaped, and sometimes an inline script a parser must skip.
 */
import type { Paragraph } from './classify.js';
import { Rng, type Seed } from './random.js';

export interface HtmlStyle {
  /** Write apostrophes as `&#39;`. */
  numericApostrophe: boolean;
  /** Chance of `&nbsp;` between a bold label and its value. */
  nbsp: number;
}

export function escapeHtml(text: string, style: Pick<HtmlStyle, 'numericApostrophe'>): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return style.numericApostrophe ? escaped.replace(/'/g, '&#39;') : escaped;
}

const TITLES = [
  'Independent Medical Review Final Determination',
  'IMR Final Determination Letter',
  'Final Determination Letter',
];

const STYLES = [
  'body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 2em auto; max-width: 48em; }\nh3 { font-size: 11pt; margin: 1.4em 0 0.6em; }\ntable.header td { padding: 0 1em 0.2em 0; vertical-align: top; }',
  'body { font: 12px/1.5 "Times New Roman", serif; color: #222; }\n.letter { width: 7.5in; margin: 0 auto; }\nh2, h3 { text-transform: uppercase; }\np { margin: 0 0 10px; }',
];

const SCRIPTS = [
  'window.dataLayer = window.dataLayer || [];\nfunction gtag() { dataLayer.push(arguments); }\ngtag("js", new Date());',
  'document.addEventListener("DOMContentLoaded", function () {\n  var labels = { upheld: "Upheld", overturned: "Overturned" };\n  if (window.console) console.log("letter viewer ready", labels);\n});',
  'var imrViewer = { version: "2.3.1", print: function () { window.print(); } };',
];

function labelled(head: string, tail: string, style: HtmlStyle, rng: Rng): string {
  const joint = rng.chance(style.nbsp) ? '&nbsp;' : ' ';
  return tail ? `<b>${escapeHtml(head, style)}</b>${joint}${escapeHtml(tail, style)}` : `<b>${escapeHtml(head, style)}</b>`;
}

function headerTable(run: readonly Paragraph[], style: HtmlStyle): string {
  const rows = run.map((p) => {
    const cells = (p.fields ?? []).map((f) => `<td><b>${escapeHtml(f.label, style)}:</b></td><td>${escapeHtml(f.value, style)}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table class="header">\n${rows.join('\n')}\n</table>`;
}

export function renderHtml(paragraphs: readonly Paragraph[], seed: Seed): string {
  const rng = new Rng(seed, 'html');
  const style: HtmlStyle = { numericApostrophe: rng.chance(0.4), nbsp: rng.pick([0, 0.2, 0.5]) };
  const script = rng.chance(0.6) ? rng.pick(SCRIPTS) : undefined;
  const scriptInHead = rng.chance(0.5);
  const professionalReview = paragraphs.some((p) => p.kind === 'mark' && p.role === 'professional-review');
  const issuesAsList = professionalReview && rng.chance(0.6);
  const body: string[] = [];

  for (let i = 0; i < paragraphs.length; ) {
    const p = paragraphs[i] as Paragraph;
    if (p.kind === 'fields' || p.kind === 'credential') {
      let j = i;
      while (paragraphs[j]?.kind === p.kind) j++;
      const run = paragraphs.slice(i, j);
      body.push(p.kind === 'fields' ? headerTable(run, style) : `<p>${run.map((r) => escapeHtml(r.text, style)).join('<br>\n')}</p>`);
      i = j;
      continue;
    }
    if (issuesAsList && p.kind === 'item' && p.number) {
      let j = i;
      const items: string[] = [];
      for (; paragraphs[j]?.kind === 'item' && paragraphs[j]?.number; j++) {
        const q = paragraphs[j] as Paragraph;
        items.push(`<li>${labelled(q.head ?? '', q.tail ?? '', style, rng)}</li>`);
      }
      body.push(`<ol>\n${items.join('\n')}\n</ol>`);
      i = j;
      continue;
    }
    body.push(renderParagraph(p, style, rng));
    i++;
  }

  const head = [
    '<meta charset="utf-8">',
    `<title>${rng.pick(TITLES)}</title>`,
    `<style>\n${rng.pick(STYLES)}\n</style>`,
    ...(script && scriptInHead ? [`<script>\n${script}\n</script>`] : []),
  ];
  const tail = script && !scriptInHead ? [`<script>\n${script}\n</script>`] : [];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<div class="letter">',
    ...body,
    '</div>',
    ...tail,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderParagraph(p: Paragraph, style: HtmlStyle, rng: Rng): string {
  switch (p.kind) {
    case 'mark':
      return `<h2>${escapeHtml(p.text, style)}</h2>`;
    case 'heading':
      return `<h3>${escapeHtml(p.text, style)}</h3>`;
    case 'item':
      return `<p>${labelled(`${p.number ?? ''}${p.head ?? ''}`, p.tail ?? '', style, rng)}</p>`;
    case 'labelled':
      return `<p>${labelled(p.head ?? '', p.tail ?? '', style, rng)}</p>`;
    default:
      return `<p>${escapeHtml(p.text, style)}</p>`;
  }
}
