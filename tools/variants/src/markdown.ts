/**
 * The `markdown` variant: the web rendering of a letter. A header table of
 * `<b>Label:</b>` cells separated by tabs, `###` headings, bold item and
 * guideline labels, other paragraphs as they are, escaped so that the text
 * survives a CommonMark (and GFM) parser unchanged.
 */
import type { Paragraph } from './classify.js';
import { Rng, type Seed } from './random.js';

/** Escapes what CommonMark/GFM would read as markup inside a line. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_~]/g, (c) => `\\${c}`)
    .replace(/\[/g, '\\[')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
}

/** Escapes what CommonMark would read as block markup at the start of a line (after escapeInline). */
export function escapeLineStart(text: string): string {
  return text
    .replace(/^([#>|=])/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

export function escapeParagraph(text: string): string {
  return escapeLineStart(escapeInline(text));
}

function headerRows(run: readonly Paragraph[]): string {
  return run
    .map((p) => {
      const cells = (p.fields ?? []).map((f) => `<b>${escapeInline(f.label)}:</b>\t${escapeInline(f.value)}`);
      return cells.length === 1 ? `${cells[0]}\t\t` : cells.join('\t');
    })
    .join('\n');
}

function bold(head: string): string {
  return `**${escapeInline(head)}**`;
}

export function renderMarkdown(paragraphs: readonly Paragraph[], seed: Seed): string {
  const rng = new Rng(seed, 'markdown');
  const leadingBlankLines = rng.pick([0, 0, 2]);
  const credentialBreak = rng.pick(['  \n ', '  \n']);
  const professionalReview = paragraphs.some((p) => p.kind === 'mark' && p.role === 'professional-review');
  const issuesAsList = professionalReview && rng.chance(0.6);
  const blocks: string[] = [];

  for (let i = 0; i < paragraphs.length; ) {
    const p = paragraphs[i] as Paragraph;
    // Runs of header rows and of credential lines become one paragraph of consecutive lines.
    if (p.kind === 'fields' || p.kind === 'credential') {
      let j = i;
      while (paragraphs[j]?.kind === p.kind) j++;
      const run = paragraphs.slice(i, j);
      blocks.push(p.kind === 'fields' ? headerRows(run) : run.map((r) => escapeParagraph(r.text)).join(credentialBreak));
      i = j;
      continue;
    }
    // Numbered items of an issue list (professional review) may become one ordered list.
    if (issuesAsList && p.kind === 'item' && p.number) {
      let j = i;
      const items: string[] = [];
      for (; paragraphs[j]?.kind === 'item' && paragraphs[j]?.number; j++) {
        const q = paragraphs[j] as Paragraph;
        items.push(`${q.number?.trim()} ${bold(q.head ?? '')} ${escapeInline(q.tail ?? '')}`);
      }
      blocks.push(items.join('\n'));
      i = j;
      continue;
    }
    blocks.push(renderParagraph(p));
    i++;
  }
  return `${'\n'.repeat(leadingBlankLines)}${blocks.join('\n\n')}\n`;
}

function renderParagraph(p: Paragraph): string {
  switch (p.kind) {
    case 'mark':
      return `## ${escapeInline(p.text)}`;
    case 'heading':
      return `### ${escapeInline(p.text)}`;
    case 'item':
      return `${bold(`${p.number ?? ''}${p.head ?? ''}`)} ${escapeInline(p.tail ?? '')}`;
    case 'labelled':
      return p.tail ? `${bold(p.head ?? '')} ${escapeInline(p.tail)}` : bold(p.head ?? '');
    default:
      return escapeParagraph(p.text);
  }
}
