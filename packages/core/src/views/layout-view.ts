import type { TextView } from '../text-view.js';

/** A clean text view of one layout; text after `bodyEnd` is page furniture moved out of the flow. */
export interface LayoutView extends TextView {
  bodyEnd: number;
}
