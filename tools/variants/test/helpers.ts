import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdRoot, RootContent as MdContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findLetterFolders, findRepoRoot } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface Letter {
  id: string;
  plain: string;
}

/** The fixture letters of this package, plus every corpus letter present. */
export function letters(): Letter[] {
  const root = findRepoRoot(here);
  const folders = [
    ...findLetterFolders([join(here, 'fixtures')]),
    ...findLetterFolders([join(root, 'corpus', 'dev'), join(root, 'corpus', 'test')]),
  ];
  return folders.map((folder) => ({ id: folder.split('/').pop() ?? folder, plain: readFileSync(join(folder, 'plain.txt'), 'utf8') }));
}

export function fixture(name: string): Letter {
  return { id: name, plain: readFileSync(join(here, 'fixtures', name, 'plain.txt'), 'utf8') };
}

export function fixtureNames(): string[] {
  return readdirSync(join(here, 'fixtures')).filter((n) => existsSync(join(here, 'fixtures', n, 'plain.txt')));
}

/** Whitespace (NBSP included) collapsed; a space after a hyphen inside a word removed ("non- certified"). */
export function normalize(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/(\p{L})- (?=\p{L})/gu, '$1-')
    .trim();
}

/** Every needle found in the haystack, in order; returns the first one that is not. */
export function missingInOrder(haystack: string, needles: readonly string[]): string | undefined {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return needle;
    from = at + needle.length;
  }
  return undefined;
}

type MdNode = MdRoot | MdContent;

/** The text a markdown parser sees: text nodes only (raw HTML such as `<b>` skipped), blocks separated by spaces. */
export function markdownText(markdown: string): { text: string; headings: string[]; strong: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const headings: string[] = [];
  const strong: string[] = [];
  const textOf = (node: MdNode): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'html') return '';
    if (node.type === 'break') return ' ';
    if ('children' in node) {
      const inner = (node.children as MdContent[]).map(textOf).join(node.type === 'root' || node.type === 'list' ? ' ' : '');
      if (node.type === 'heading') headings.push(inner);
      if (node.type === 'strong') strong.push(inner);
      return node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' ? ` ${inner} ` : inner;
    }
    return '';
  };
  return { text: textOf(tree), headings, strong };
}

type HastNode = HastRoot | HastContent;

/** The text of an HTML page's body as a parser sees it: scripts and styles skipped, entities decoded. */
export function htmlText(html: string): { text: string; h3: string[]; bold: string[]; title: string | undefined } {
  const tree = unified().use(rehypeParse).parse(html);
  const h3: string[] = [];
  const bold: string[] = [];
  let title: string | undefined;
  const walk = (node: HastNode, inBody: boolean): string => {
    if (node.type === 'text') return inBody ? node.value : '';
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style') return '';
      const body = inBody || node.tagName === 'body';
      const inner = node.children.map((c) => walk(c, body)).join('');
      if (node.tagName === 'title') title = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      if (node.tagName === 'h3') h3.push(inner);
      if (node.tagName === 'b') bold.push(inner);
      return ['p', 'h2', 'h3', 'td', 'li', 'br', 'tr'].includes(node.tagName) ? ` ${inner} ` : inner;
    }
    if (node.type === 'root') return node.children.map((c) => walk(c, inBody)).join('');
    return '';
  };
  return { text: walk(tree, false), h3, bold, title };
}
