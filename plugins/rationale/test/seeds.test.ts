import type { Rationale } from '@imrkit/core';
import { itemsPlugin } from '@imrkit/plugin-items';
import { describeSeedLetters } from '@imrkit/plugin-testing';
import { rationalePlugin } from '../src/index.js';

/** Reasons are scored as a set; the goldens' order is the annotator's, not always the text's. */
const asScored = (entries: unknown) => (entries as Rationale[]).map((e) => ({ ...e, reasons: [...e.reasons].sort() }));

describeSeedLetters(rationalePlugin, { with: [itemsPlugin], asScored });
