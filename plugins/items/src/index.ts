import type { Plugin } from '@imrkit/core';
import { readItem } from './read-item.js';

/**
 * Fills `items`: the disputed items of the decisions section, in letter order,
 * each with its name, generic drug, decision, quantity, strength, refills and
 * category read from the item's label.
 */
export const itemsPlugin: Plugin<'items'> = {
  name: 'items',
  version: '0.1.0',
  key: 'items',
  needs: [],
  extract(document) {
    const sections = document.sections.items;
    if (sections.length === 0) {
      const where = document.sections.decisions ? 'the decisions section' : 'the letter (no decisions section)';
      return { value: [], issues: [{ severity: 'warning', message: `No disputed items found in ${where}; expected label paragraphs ending in ": Upheld" or ": Overturned"` }] };
    }
    const read = sections.map((section) => readItem(document, section));
    return { value: read.map((r) => r.item), issues: read.flatMap((r) => r.issues) };
  },
};

export default itemsPlugin;
