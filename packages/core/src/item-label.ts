import type { Span } from './record.js';
import { templateData } from './template-data.js';

/** Parses an item label paragraph: `[1. ]Label text: Upheld`. */
export function parseItemLabel(text: string, [s, e]: Span): { label: Span; decision: Span } | null {
  const data = templateData();
  const paragraph = text.slice(s, e);
  if (data.itemParts.some((p) => p.pattern.test(paragraph))) return null;
  const m = data.itemLabel.exec(paragraph);
  const label = m?.indices?.[1];
  const decision = m?.indices?.[2];
  if (!label || !decision) return null;
  return { label: [s + label[0], s + label[1]], decision: [s + decision[0], s + decision[1]] };
}

