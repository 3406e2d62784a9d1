import { located, type Decision, type ImrDocument, type Item, type ItemSection, type Locatable, type PluginIssue, type Span } from '@imrkit/core';
import { categorize } from './category.js';
import { genericOf } from './drug-lexicon.js';
import { itemName } from './item-name.js';
import { readLabel, type LabelValue } from './read-label.js';

const DECISIONS = new Set<string>(['upheld', 'overturned']);

/** One disputed item, every value located in the clean view, plus what could not be read. */
export function readItem(document: ImrDocument, section: ItemSection): { item: Locatable<Item>; issues: PluginIssue[] } {
  const [start, end] = section.label;
  const label = document.text.slice(start, end);
  const at = ([s, e]: Span): Span => [start + s, start + e];
  const place = <T>(found: LabelValue<T> | null) => (found ? located(found.value, at(found.span), found.rule) : null);
  const issues: PluginIssue[] = [];
  const number = section.index + 1;

  const reading = readLabel(label);
  const name = itemName(label, reading.dropped);
  const category = categorize(label, reading);
  const generic = category?.category === 'medication' ? genericOf(reading.drugs) : null;
  const firstDrug = reading.drugs[0];
  const lastDrug = reading.drugs[reading.drugs.length - 1];
  const genericRule = reading.drugs.some((d) => d.misspelled) ? 'items/generic-misspelled' : 'items/generic-lexicon';

  const decisionText = section.decision ? document.text.slice(section.decision[0], section.decision[1]).toLowerCase() : '';
  const decision = section.decision && DECISIONS.has(decisionText) ? located(decisionText as Decision, section.decision, 'items/decision') : null;

  if (!name) issues.push({ severity: 'warning', message: `No treatment name found in item ${number} label "${label}"; expected words besides quantity, strength and refills` });
  if (!decision) issues.push({ severity: 'warning', message: `No decision found in item ${number} label "${label}"; expected "Upheld" or "Overturned"` });
  if (!category) issues.push({ severity: 'info', message: `No category found in item ${number} label "${label}"; expected a term of data/categories.json or a drug of data/drugs.json` });

  const item: Locatable<Item> = {
    label: located(label, section.label, 'items/label'),
    name: name ? located(name.name, at(name.span), 'items/name') : null,
    generic:
      generic && firstDrug && lastDrug
        ? located(generic, at([firstDrug.span[0], lastDrug.span[1]]), genericRule, { class: firstDrug.entry.class })
        : null,
    decision,
    quantity: place(reading.quantity),
    strength: place(reading.strength),
    refills: place(reading.refills),
    category: category ? located(category.category, at(category.span), category.rule) : null,
  };
  return { item, issues };
}
