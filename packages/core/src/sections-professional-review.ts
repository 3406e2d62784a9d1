import type { Span } from './record.js';
import { parseItemLabel } from './item-label.js';
import type { ItemSection } from './section-types.js';

const normalize = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** An item's label as printed, and normalised for matching. */
interface Label {
  raw: string;
  key: string;
}

/** Where a per-item paragraph's own text starts, after `1.`, `1)` and/or the item's label and its colon. */
function itemPrefix(text: string, [s, e]: Span, labels: Label[]): { item: number | null; bodyStart: number } {
  const paragraph = text.slice(s, e);
  let at = 0;
  let item: number | null = null;
  const number = /^(\d{1,2})[.)]\s+/.exec(paragraph);
  if (number) {
    item = Number(number[1]) - 1;
    at = number[0].length;
  }
  const rest = normalize(paragraph.slice(at, at + 200));
  const byLabel = labels.findIndex((label) => label.key !== '' && rest.startsWith(label.key));
  if (byLabel >= 0 && (item === null || item === byLabel)) {
    item = byLabel;
    const raw = (labels[byLabel] as Label).raw;
    // The label itself may hold a colon ("Qty: 4"): step over it before looking for the one that ends it.
    const from = paragraph.slice(at, at + raw.length).toLowerCase() === raw.toLowerCase() ? at + raw.length : at;
    const colon = paragraph.slice(from).search(/^\s*[:.]\s|[:.]\s/);
    if (colon >= 0) at = from + colon + paragraph.slice(from + colon).search(/[:.]/) + 1;
  }
  while (at < paragraph.length && paragraph[at] === ' ') at++;
  return { item, bodyStart: s + at };
}

/** Assigns the paragraphs of a per-item section (guidelines, rationales) to items. */
function assign(text: string, paragraphs: Span[], labels: Label[]): (Span | null)[] {
  const spans: (Span | null)[] = labels.map(() => null);
  let current = labels.length === 1 ? 0 : -1;
  for (const paragraph of paragraphs) {
    const { item, bodyStart } = itemPrefix(text, paragraph, labels);
    const starts = item !== null && item >= 0 && item < labels.length;
    if (starts) current = item;
    if (current < 0) continue;
    const existing = spans[current];
    spans[current] = existing && !starts ? [existing[0], paragraph[1]] : (existing ?? [starts ? bodyStart : paragraph[0], paragraph[1]]);
  }
  return spans;
}

/**
 * The professional-review template lists the items under ISSUE AT DISPUTE, then
 * gives each item's guidelines and rationale in later sections, numbered or
 * prefixed with the item's label.
 */
export function splitProfessionalReview(text: string, issues: Span[], guidelines: Span[], rationales: Span[]): ItemSection[] {
  const items: ItemSection[] = [];
  for (const paragraph of issues) {
    const parsed = parseItemLabel(text, paragraph);
    if (parsed) items.push({ index: items.length, ...parsed, claimsGuideline: null, reviewerGuideline: null, rationale: null, block: paragraph });
  }
  const labels = items.map((item) => {
    const raw = text.slice(item.label[0], item.label[1]);
    return { raw, key: normalize(raw) };
  });
  const guidelineSpans = assign(text, guidelines, labels);
  const rationaleSpans = assign(text, rationales, labels);
  for (const item of items) {
    item.reviewerGuideline = guidelineSpans[item.index] ?? null;
    item.rationale = rationaleSpans[item.index] ?? null;
  }
  return items;
}
