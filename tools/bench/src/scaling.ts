import { createExtractor, loadDocument, type AnyPlugin } from '@imrkit/core';
import { median } from './stats.js';

/**
 * The letter grown to `factor` times its length by repeating its case summary
 * (the paragraphs after the "CASE SUMMARY" heading up to the next heading), so
 * the long letter is still one well-formed letter.
 */
export function lengthen(plain: string, factor: number): string {
  const lines = plain.split('\n');
  const start = lines.findIndex((line) => /CASE SUMMARY/.test(line)) + 1;
  let end = start;
  while (end < lines.length && !/^[A-Z][A-Z ,()/&'-]{8,}:?$/.test(lines[end] as string)) end++;
  const block = lines.slice(start > 0 ? start : 0, end > start ? end : lines.length);
  const grown: string[] = [...lines.slice(0, end)];
  let length = plain.length;
  while (length < plain.length * factor) {
    grown.push(...block);
    length += block.join('\n').length + 1;
  }
  grown.push(...lines.slice(end));
  return grown.join('\n');
}

/** Milliseconds to load and extract `text`: the median of `runs` runs after one warm-up. */
function timeOne(text: string, extract: (text: string) => void, runs: number): number {
  extract(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    extract(text);
    times.push(performance.now() - started);
  }
  return median(times);
}

export interface ScalingResult {
  letter: string;
  shortMs: number;
  longMs: number;
  lengthRatio: number;
  timeRatio: number;
}

/** Time of each letter against the same letter ten times longer. */
export function measureScaling(letters: readonly { id: string; plain: string }[], plugins: readonly AnyPlugin[], runs: number): ScalingResult[] {
  const extractor = createExtractor(plugins);
  const extract = (text: string): void => void extractor.extract(loadDocument({ source: 'letter.txt', content: text, variant: 'plain' }));
  return letters.map(({ id, plain }) => {
    const long = lengthen(plain, 10);
    const shortMs = timeOne(plain, extract, runs);
    const longMs = timeOne(long, extract, runs);
    return { letter: id, shortMs, longMs, lengthRatio: long.length / plain.length, timeRatio: longMs / shortMs };
  });
}
