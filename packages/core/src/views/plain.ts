import { TextViewBuilder } from '../text-view.js';
import type { LayoutView } from './layout-view.js';

/** Clean text, one paragraph per line: the view is the text itself, whitespace tidied. */
export function plainView(original: string): LayoutView {
  const builder = new TextViewBuilder(original.length);
  let start = 0;
  for (let i = 0; i <= original.length; i++) {
    if (i < original.length && original[i] !== '\n') continue;
    builder.pushAt(original.slice(start, i), start);
    builder.paragraphBreak(i);
    start = i + 1;
  }
  const view = builder.build();
  return { ...view, bodyEnd: view.text.length };
}
