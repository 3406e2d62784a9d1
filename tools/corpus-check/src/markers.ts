/** Writes generated text into a file between two HTML comment markers, leaving the rest of the file alone. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- coverage:start -->';
export const END = '<!-- coverage:end -->';

/** The content with the block between the markers replaced, or the markers and block appended. */
export function replaceBetweenMarkers(content: string, block: string): string {
  const start = content.indexOf(START);
  const end = content.indexOf(END, start + START.length);
  const inner = `${START}\n${block.trim()}\n${END}`;
  if (start >= 0 && end >= 0) return content.slice(0, start) + inner + content.slice(end + END.length);
  return `${content}${content === '' || content.endsWith('\n\n') ? '' : content.endsWith('\n') ? '\n' : '\n\n'}${inner}\n`;
}

/** Writes the block into the file; true when the file changed. */
export function writeBetweenMarkers(file: string, block: string): boolean {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const after = replaceBetweenMarkers(before, block);
  if (after === before) return false;
  writeFileSync(file, after);
  return true;
}
