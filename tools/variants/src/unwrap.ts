/**
 * Reads a pdf-text layout back into paragraphs: page furniture and empty lines
 * dropped, wrapped lines joined, a line ending in a bare hyphen joined without
 * a space. Headings, header rows and credential lines start paragraphs of their own.
 */
import { loadStructure, type Structure } from './templates.js';

export function unwrapPdfText(text: string, structure: Structure = loadStructure()): string[] {
  const paragraphs: string[] = [];
  let current: string | undefined;
  let joinTight = false;
  let headingSeen = false;
  const flush = (): void => {
    if (current !== undefined && current.trim() !== '') paragraphs.push(current.trim());
    current = undefined;
  };

  for (const raw of text.split(/\r?\n/)) {
    if (raw === '') continue;
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (structure.furniture.some((re) => re.test(line))) continue;
    const heading =
      structure.headings.some((h) => h.re.test(line)) ||
      (!headingSeen && structure.templateMarks.some((m) => m.re.test(line)) && !structure.fieldStart.test(line));
    if (heading) {
      flush();
      paragraphs.push(line);
      headingSeen ||= structure.headings.some((h) => h.re.test(line));
      continue;
    }
    const startsBlock = structure.blockLabels.some((re) => re.test(line)) || (!headingSeen && structure.fieldStart.test(line));
    if (startsBlock) flush();
    const body = raw.replace(/^\s+/, '').replace(/ $/, '');
    current = current === undefined ? body : current + (joinTight ? '' : ' ') + body;
    joinTight = /\p{L}-$/u.test(raw);
  }
  flush();
  return paragraphs;
}
