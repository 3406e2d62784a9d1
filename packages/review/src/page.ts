/**
 * The review page: each letter's text with every extracted value highlighted
 * from its span, a colour per plugin, the record beside it and, with a golden,
 * wrong and missed values marked. One self-contained HTML file.
 */
import type { ImrRecord, RecordData } from '@imrkit/core';
import { EXTRA_COLOURS, PLUGIN_COLOURS, SCRIPT, STYLE } from './assets.js';
import { compareRecord, type Comparison, type Verdict } from './compare.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { cutAtSpans } from './segments.js';

export interface ReviewLetter {
  /** The letter's path or name. */
  source: string;
  /** The text the record's spans point into (the input as decoded). */
  text: string;
  record: ImrRecord;
  /** The letter's golden, when it has one. */
  expected?: RecordData;
}

interface SpanEntry {
  pointer: string;
  plugin: string;
  value: unknown;
  start: number;
  end: number;
  verdict?: Verdict;
  expected?: unknown;
}

/** The value at a JSON Pointer, or undefined. */
function resolvePointer(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

const pluginOf = (pointer: string): string => pointer.split('/')[1]?.replace(/~1/g, '/').replace(/~0/g, '~') ?? '';

function colourOf(plugin: string, others: string[]): string {
  const known = PLUGIN_COLOURS[plugin];
  if (known) return known;
  if (!others.includes(plugin)) others.push(plugin);
  return EXTRA_COLOURS[others.indexOf(plugin) % EXTRA_COLOURS.length] as string;
}

function spanEntries(letter: ReviewLetter, comparison: Comparison | undefined): SpanEntry[] {
  return Object.entries(letter.record.spans ?? {}).map(([pointer, [start, end]]) => {
    const entry: SpanEntry = { pointer, plugin: pluginOf(pointer), value: resolvePointer(letter.record, pointer), start, end };
    const verdict = comparison?.verdicts.get(pointer);
    if (verdict) entry.verdict = verdict;
    if (comparison?.expected.has(pointer)) entry.expected = comparison.expected.get(pointer);
    return entry;
  });
}

function renderText(text: string, entries: readonly SpanEntry[], colours: (plugin: string) => string): string {
  const pieces = cutAtSpans(text.length, entries.map((e) => [e.start, e.end] as const));
  return pieces
    .map((piece) => {
      const content = escapeHtml(text.slice(piece.start, piece.end));
      if (piece.spans.length === 0) return content;
      // The innermost (shortest) span gives the colour; every covering span is listed.
      const inner = entries[piece.spans[piece.spans.length - 1] as number] as SpanEntry;
      const verdicts = new Set(piece.spans.map((i) => entries[i]?.verdict));
      const classes = [piece.start === piece.end ? 'empty' : '', verdicts.has('wrong') ? 'wrong' : verdicts.has('extra') ? 'extra' : ''].filter(Boolean);
      const title = piece.spans.map((i) => entries[i]?.pointer).join(' ');
      return `<mark data-spans="${piece.spans.join(' ')}" style="background:${colours(inner.plugin)}"${classes.length ? ` class="${classes.join(' ')}"` : ''} title="${escapeHtml(title)}">${content}</mark>`;
    })
    .join('');
}

const show = (value: unknown): string => escapeHtml(typeof value === 'string' ? value : JSON.stringify(value));

function renderRecord(letter: ReviewLetter, entries: readonly SpanEntry[], comparison: Comparison | undefined, colours: (plugin: string) => string): string {
  const rows = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i)
    .map(({ e, i }) => {
      const expected = e.verdict === 'wrong' ? ` data-expected="${show(e.expected)}"` : '';
      return `<tr data-span="${i}"${e.verdict ? ` class="${e.verdict}"` : ''}><td class="ptr"><span class="swatch" style="background:${colours(e.plugin)}"></span>${escapeHtml(e.pointer)}</td><td class="value"${expected}>${show(e.value)}</td></tr>`;
    })
    .join('');
  const parts = [`<div class="detail">Click a highlight to see its value.</div>`, `<h3>Values (${entries.length})</h3><table>${rows}</table>`];
  if (comparison) {
    const missed = comparison.missed.map((m) => `<li><code>${escapeHtml(m.pointer)}</code>: ${show(m.expected)}</li>`).join('');
    parts.push(`<h3>Missed (${comparison.missed.length})</h3>${missed ? `<ul class="missed">${missed}</ul>` : '<p>None.</p>'}`);
  }
  const issues = (letter.record.issues ?? []).map((i) => `<li>${escapeHtml(`${i.severity} (${i.plugin}): ${i.message}`)}</li>`).join('');
  if (issues) parts.push(`<h3>Issues</h3><ul class="issues">${issues}</ul>`);
  return parts.join('');
}

/** One self-contained HTML page (inline CSS and JS, nothing fetched) reviewing every letter given. */
export function renderReviewPage(letters: readonly ReviewLetter[]): string {
  const others: string[] = [];
  const colours = (plugin: string): string => colourOf(plugin, others);
  const data: { source: string; spans: SpanEntry[] }[] = [];
  const sections = letters.map((letter, index) => {
    const comparison = letter.expected ? compareRecord(letter.record as unknown as Record<string, unknown>, letter.expected as RecordData & Record<string, unknown>) : undefined;
    const entries = spanEntries(letter, comparison);
    data.push({ source: letter.source, spans: entries });
    const counts = comparison ? ` · ${[...comparison.verdicts.values()].filter((v) => v === 'wrong').length} wrong, ${comparison.missed.length} missed` : '';
    return `<section class="letter" id="letter-${index}" data-letter="${index}"><h2>${escapeHtml(letter.source)} <small>${escapeHtml(letter.record.variant ?? 'unread')} · ${entries.length} values${counts}</small></h2><div class="columns"><pre class="text">${renderText(letter.text, entries, colours)}</pre><div class="record">${renderRecord(letter, entries, comparison, colours)}</div></div></section>`;
  });
  const plugins = [...new Set([...Object.keys(PLUGIN_COLOURS), ...data.flatMap((d) => d.spans.map((s) => s.plugin))])];
  const legend = plugins.map((p) => `<span style="background:${colours(p)}">${escapeHtml(p)}</span>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>IMRKit review: ${letters.length} letter${letters.length === 1 ? '' : 's'}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="page"><h1>IMRKit review</h1><p>${letters.length} letter${letters.length === 1 ? '' : 's'} · every extracted value highlighted where it was read</p><p class="legend">${legend}</p></header>
${sections.join('\n')}
<script type="application/json" id="review-data">${jsonForScript(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
