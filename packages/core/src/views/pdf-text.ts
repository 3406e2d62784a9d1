import { headingRole, startsLabelledBlock, templateData } from '../template-data.js';
import { TextViewBuilder } from '../text-view.js';
import type { LayoutView } from './layout-view.js';

interface Line {
  start: number;
  text: string;
  kind: 'text' | 'space' | 'empty';
}

function splitLines(original: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= original.length; i++) {
    const ch = original[i];
    if (i < original.length && ch !== '\n' && ch !== '\r' && ch !== '\f') continue;
    const text = original.slice(start, i);
    const kind = text.trim() === '' ? (text.length > 0 ? 'space' : 'empty') : 'text';
    lines.push({ start, text, kind });
    if (ch === '\r' && original[i + 1] === '\n') i++;
    start = i + 1;
  }
  return lines;
}

/** PDF text is often "double spaced": every text line is followed by one empty line. */
function isDoubleSpaced(lines: Line[]): boolean {
  let text = 0;
  let followed = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.kind !== 'text') continue;
    text++;
    if (lines[i + 1]?.kind === 'empty' && lines[i + 2]?.kind !== 'empty') followed++;
  }
  return text >= 2 && followed / text >= 0.6;
}

function isFurniture(text: string): boolean {
  const line = text.trim();
  return templateData().furniture.some((p) => p.test(line));
}

function standsAlone(text: string): boolean {
  const line = text.trim();
  return headingRole(line) !== null || templateData().itemLabel.test(line) || templateData().templateMarks.some((m) => m.pattern.test(line));
}

/** A numbered entry ("2. Functional capacity...") after a finished sentence starts a new paragraph. */
function startsNumberedEntry(previous: string, next: string): boolean {
  return /[.:?!]$/.test(previous) && /^\d{1,2}[.)]\s+\p{Lu}/u.test(next);
}

/** A line ending in a hyphen after a letter, continued by a letter: a word split at its hyphen. */
function endsInSplitHyphen(previous: string, next: string): boolean {
  return /\p{L}-$/u.test(previous) && /^\p{L}/u.test(next);
}

/**
 * Rebuilds paragraphs from text pulled out of a PDF: undoes hard wraps and the
 * empty line after every line, moves page headers and footers out of the flow,
 * and rejoins words split at a hyphen across a line break.
 */
export function pdfTextView(original: string): LayoutView {
  const lines = splitLines(original);
  const doubled = isDoubleSpaced(lines);
  const builder = new TextViewBuilder(original.length);
  const furniture: Line[] = [];
  let previous: Line | null = null;
  let previousAlone = false;

  for (const line of lines) {
    if (line.kind !== 'text') {
      if (line.kind === 'space' || !doubled) {
        if (previous) builder.paragraphBreak(line.start);
        previous = null;
      }
      continue;
    }
    if (isFurniture(line.text)) {
      furniture.push(line);
      continue;
    }
    const trimmed = line.text.trim();
    const lead = line.text.length - line.text.trimStart().length;
    const alone = standsAlone(trimmed);
    const prevText = previous?.text.trimEnd() ?? '';
    if (previous && (alone || previousAlone || startsLabelledBlock(trimmed) || startsNumberedEntry(prevText, trimmed))) {
      builder.paragraphBreak(previous.start + prevText.length);
      previous = null;
    }
    if (previous) {
      if (!endsInSplitHyphen(prevText, trimmed)) builder.space(previous.start + prevText.length);
    }
    builder.pushAt(trimmed, line.start + lead);
    previous = line;
    previousAlone = alone;
  }

  const bodyEnd = builder.length;
  for (const line of furniture) {
    builder.paragraphBreak(Math.max(0, line.start - 1));
    builder.pushAt(line.text, line.start);
  }
  return { ...builder.build(), bodyEnd };
}
