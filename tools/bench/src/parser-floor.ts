import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse);

/**
 * Parses markdown letters with unified + remark-parse and does nothing else:
 * reading and decoding are left out of the time. No document model or plugin
 * set can make a markdown letter cheaper than this, so it bounds the
 * markdown rate from above.
 */
export function parseMarkdownOnly(files: readonly string[]): { letters: number; seconds: number } {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  for (const text of texts.slice(0, 20)) markdown.parse(text); // warm-up, as for extraction
  const started = performance.now();
  for (const text of texts) markdown.parse(text);
  return { letters: texts.length, seconds: (performance.now() - started) / 1000 };
}
