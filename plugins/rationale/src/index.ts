import type { Item, Plugin } from '@imrkit/core';
import { readRationale } from './read-rationale.js';

/**
 * Fills `rationale`: for each disputed item, the outcome its rationale
 * concludes and the reasons (guide codes) the rationale applies to the case.
 */
export const rationalePlugin: Plugin<'rationale'> = {
  name: 'rationale',
  version: '0.1.0',
  key: 'rationale',
  needs: ['items'],
  extract(document, context) {
    const items = context.get<Item[]>('items') ?? [];
    const locatedItems = context.getLocated<Item[]>('items') ?? [];
    const read = items.map((item, index) =>
      readRationale(document, { index, item, label: locatedItems[index]?.label, decision: locatedItems[index]?.decision, section: document.sections.items[index] }),
    );
    return { value: read.map((r) => r.value), issues: read.flatMap((r) => r.issues) };
  },
};

export { findReasons, reasonsInSentence, type ReasonScope, type CueHit } from './find-reasons.js';
export { findConclusion, type Conclusion } from './find-outcome.js';
export { splitSentences } from './sentences.js';
export { readSentence, assertionAt, type SentenceAssertion } from './assertion.js';

export default rationalePlugin;
