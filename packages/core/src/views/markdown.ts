import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { alignDecoded } from '../align-decoded.js';
import { TextViewBuilder } from '../text-view.js';
import { htmlFragmentInto } from './html.js';
import type { LayoutView } from './layout-view.js';

const commonMark = unified().use(remarkParse);
const withGfm = unified().use(remarkParse).use(remarkGfm);

/**
 * Syntax only GFM reads: table pipes, strikethrough tildes, footnote references
 * and task-list boxes. Its one other extension, literal autolinks, changes no
 * text. A letter without any of these parses the same without GFM, at about
 * twice the speed.
 */
const GFM_SYNTAX = /[|~]|\[\^|^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m;

const start = (node: Nodes): number => node.position?.start.offset ?? 0;
const end = (node: Nodes): number => node.position?.end.offset ?? start(node);

/** Plain text of a phrasing subtree, for deciding how a cell or `<b>` run reads. */
function phrasingText(nodes: readonly Nodes[]): string {
  return nodes.map((n) => ('value' in n && n.type !== 'html' ? n.value : 'children' in n ? phrasingText(n.children) : '')).join('');
}

/** A bold run or cell ending in a colon is a field label: it starts a line of its own. */
const isLabel = (text: string): boolean => /:\s*$/.test(text);

class MarkdownWalker {
  constructor(
    private readonly source: string,
    private readonly out: TextViewBuilder,
  ) {}

  block(node: RootContent | Nodes): void {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell':
        this.out.paragraphBreak(start(node));
        this.phrasing(node.children);
        this.out.paragraphBreak(end(node));
        return;
      case 'tableRow':
        this.tableRow(node);
        return;
      case 'listItem':
        this.listItem(node);
        return;
      case 'code':
        this.out.paragraphBreak(start(node));
        this.lines(node.value, this.source.indexOf(node.value, start(node)));
        return;
      case 'html':
        this.out.paragraphBreak(start(node));
        htmlFragmentInto(node.value, start(node), this.out);
        this.out.paragraphBreak(end(node));
        return;
      case 'thematicBreak':
        this.out.paragraphBreak(start(node));
        return;
      default:
        if ('children' in node) for (const child of node.children) this.block(child);
    }
  }

  private lines(value: string, at: number): void {
    const base = at < 0 ? 0 : at;
    const offsetOf = alignDecoded(value, this.source.slice(base, base + value.length * 2 + 16), base);
    let from = 0;
    for (let i = 0; i <= value.length; i++) {
      if (i < value.length && value[i] !== '\n') continue;
      this.out.push(value.slice(from, i), (k) => offsetOf(from + k));
      this.out.paragraphBreak(offsetOf(Math.min(i, value.length - 1)));
      from = i + 1;
    }
  }

  private tableRow(row: Parent): void {
    this.out.paragraphBreak(start(row as Nodes));
    for (const cell of row.children) {
      if (!('children' in cell)) continue;
      const text = phrasingText(cell.children as Nodes[]);
      if (isLabel(text)) this.out.paragraphBreak(start(cell as Nodes));
      else this.out.space(start(cell as Nodes));
      this.phrasing(cell.children as PhrasingContent[]);
    }
    this.out.paragraphBreak(end(row as Nodes));
  }

  /** Ordered list numbers are letter text ("1. Tramadol..."): keep the marker as written. */
  private listItem(item: Parent): void {
    this.out.paragraphBreak(start(item as Nodes));
    const first = item.children[0];
    const markerEnd = first ? start(first as Nodes) : end(item as Nodes);
    const marker = this.source.slice(start(item as Nodes), markerEnd);
    if (/^\s*\d/.test(marker)) this.out.pushAt(marker, start(item as Nodes));
    for (const child of item.children) {
      if (child.type === 'paragraph') this.phrasing(child.children);
      else this.block(child as RootContent);
      this.out.paragraphBreak(end(child as Nodes));
    }
  }

  private phrasing(nodes: readonly PhrasingContent[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as PhrasingContent;
      switch (node.type) {
        case 'text':
        case 'inlineCode': {
          const s = start(node);
          this.out.push(node.value, alignDecoded(node.value, this.source.slice(s, end(node)), s));
          break;
        }
        case 'break':
          this.out.paragraphBreak(start(node));
          break;
        case 'html':
          if (/^<b\b|^<strong\b/i.test(node.value) && isLabel(this.boldRun(nodes, i))) this.out.paragraphBreak(start(node));
          else if (/^<br\b/i.test(node.value)) this.out.paragraphBreak(start(node));
          else this.out.space(start(node));
          break;
        case 'image':
          break;
        case 'strong':
          if (isLabel(phrasingText(node.children))) this.out.paragraphBreak(start(node));
          this.phrasing(node.children);
          break;
        default:
          if ('children' in node) this.phrasing(node.children);
      }
    }
  }

  /** The text between an inline `<b>` and its closing tag. */
  private boldRun(nodes: readonly PhrasingContent[], open: number): string {
    let text = '';
    for (let k = open + 1; k < nodes.length; k++) {
      const node = nodes[k] as PhrasingContent;
      if (node.type === 'html') break;
      text += phrasingText([node]);
    }
    return text;
  }
}

/** Builds the text view of a markdown letter from its mdast (remark-parse + GFM tables). */
export function markdownView(original: string): LayoutView {
  const tree = (GFM_SYNTAX.test(original) ? withGfm : commonMark).parse(original);
  const out = new TextViewBuilder(original.length);
  const walker = new MarkdownWalker(original, out);
  for (const child of tree.children) walker.block(child);
  const view = out.build();
  return { ...view, bodyEnd: view.text.length };
}
