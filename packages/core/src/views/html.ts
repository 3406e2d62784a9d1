import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { alignDecoded } from '../align-decoded.js';
import { TextViewBuilder } from '../text-view.js';
import type { LayoutView } from './layout-view.js';

const documentParser = unified().use(rehypeParse);
const fragmentParser = unified().use(rehypeParse, { fragment: true });

/** Elements whose content is never letter text. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'select', 'button']);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const CELLS = new Set(['td', 'th']);

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0;
const endOf = (node: Nodes): number => node.position?.end.offset ?? startOf(node);

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

/** A bold run or cell ending in a colon is a field label: it starts a line of its own. */
const isLabel = (node: Element): boolean => /:\s*$/.test(textOf(node));

class HtmlWalker {
  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly out: TextViewBuilder,
  ) {}

  walk(node: Nodes): void {
    if (node.type === 'text') {
      const s = startOf(node);
      const e = endOf(node);
      this.out.push(node.value, alignDecoded(node.value, this.source.slice(s, e), this.base + s));
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName)) return;
      const block = BLOCKS.has(node.tagName);
      if (block) this.out.paragraphBreak(this.base + startOf(node));
      else if (CELLS.has(node.tagName) || node.tagName === 'b' || node.tagName === 'strong') this.cellOrBold(node);
      for (const child of node.children) this.walk(child as Nodes);
      if (block) this.out.paragraphBreak(this.base + endOf(node));
      return;
    }
    for (const child of node.children) this.walk(child as Nodes);
  }

  private cellOrBold(node: Element): void {
    if (isLabel(node)) this.out.paragraphBreak(this.base + startOf(node));
    else if (CELLS.has(node.tagName)) this.out.space(this.base + startOf(node));
  }
}

/** Appends the text of an HTML fragment found at `base` in a larger document (markdown's raw HTML). */
export function htmlFragmentInto(fragment: string, base: number, out: TextViewBuilder): void {
  const tree = fragmentParser.parse(fragment) as Root;
  new HtmlWalker(fragment, base, out).walk(tree);
}

/** Builds the text view of an HTML letter from its hast; scripts and styles are dropped, never run. */
export function htmlView(original: string): LayoutView {
  const tree = documentParser.parse(original) as Root;
  const out = new TextViewBuilder(original.length);
  new HtmlWalker(original, 0, out).walk(tree);
  const view = out.build();
  return { ...view, bodyEnd: view.text.length };
}
