import type { Variant } from './record.js';

const BY_EXTENSION: Record<string, Variant> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
};

/** A file named after its variant (`pdf-text.txt`, `plain.txt`), as in a corpus folder. */
function variantFromName(name: string): Variant | null {
  const stem = name.replace(/\.[^.]+$/, '');
  return stem === 'pdf-text' || stem === 'plain' ? stem : null;
}

/** Text pulled from a PDF: most lines hard-wrapped short of the page width, often double spaced. */
function looksHardWrapped(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length < 4) return false;
  const empty = lines.length - filled.length;
  const long = filled.filter((l) => l.length > 110).length;
  return empty >= filled.length * 0.6 || long / filled.length < 0.05;
}

function sniff(text: string): Variant {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'pdf';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:body|p|h[1-6]|table)\b/.test(head)) return 'html';
  if (/^#{1,6} |^\*\*[^*\n]+\*\*/m.test(text) || /<b>[^<\n]*:<\/b>\t/.test(head)) return 'markdown';
  return looksHardWrapped(text) ? 'pdf-text' : 'plain';
}

/** The layout variant of an input, from its file name when that says, else from its content. */
export function detectVariant(source: string, text: string): Variant {
  const name = source.split(/[\\/]/).pop() ?? source;
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return variantFromName(name) ?? BY_EXTENSION[ext] ?? sniff(text);
}
