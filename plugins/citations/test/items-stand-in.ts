import type { Item, Plugin } from '@imrkit/core';

/**
 * Stands in for @imrkit/plugin-items until it is built: one item per item
 * block the core found, labelled as printed. Citations only read the count.
 */
export const itemsStandIn: Plugin<'items'> = {
  name: 'items',
  version: '0.0.0',
  key: 'items',
  needs: [],
  extract(document) {
    const value: Item[] = document.sections.items.map((section) => ({
      label: document.text.slice(section.label[0], section.label[1]),
      name: null,
      generic: null,
      decision: null,
      quantity: null,
      strength: null,
      refills: null,
      category: null,
    }));
    return { value };
  },
};
