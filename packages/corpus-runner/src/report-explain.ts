import { headline } from './figures.js';
import { jsonLeaves, sameLeaf } from './json-leaves.js';
import type { CorpusResult } from './result.js';
import { renderTextTable } from './report-console.js';
import { describeMiss, formatFigure, formatValue, orderedMetrics, pluginMetrics } from './report-rows.js';

const CELL_WIDTH = 40;

/** A value for a table cell, clipped so a long list does not push the variants off screen. */
const cell = (value: unknown): string => {
  // A field the record lacks (a shorter list) is not the same as a null one.
  const text = value === undefined ? '(absent)' : formatValue(value);
  return text.length > CELL_WIDTH ? `${text.slice(0, CELL_WIDTH - 1)}…` : text;
};

/**
 * One letter, field by field: every JSON Pointer where some variant's value differs
 * from the golden, compared by position (fields right in every variant are counted,
 * not listed); then each variant's plugin scores and misses, as the scorers paired them.
 */
export function explainLetter(result: CorpusResult, letterId: string): string {
  const letter = result.letters.find((candidate) => candidate.id === letterId);
  if (!letter) throw new Error(`No letter ${letterId} in the result; letters: ${result.letters.map((l) => l.id).join(', ')}`);
  const keys = result.keys.filter((key) => Object.hasOwn(letter.expected, key));
  const leavesOf = (data: Record<string, unknown>) => jsonLeaves(Object.fromEntries(keys.map((key) => [key, data[key]])));
  const golden = leavesOf(letter.expected);
  const got = letter.documents.map((document) => leavesOf(document.data));
  const pointers = new Set([...golden.keys(), ...got.flatMap((leaves) => [...leaves.keys()])]);
  const rows: string[][] = [];
  for (const pointer of pointers) {
    const expected = golden.get(pointer);
    if (got.every((leaves) => sameLeaf(leaves.get(pointer), expected))) continue;
    rows.push([
      pointer,
      cell(expected),
      ...got.map((leaves) => (sameLeaf(leaves.get(pointer), expected) ? '=' : cell(leaves.get(pointer)))),
    ]);
  }

  const plugins = pluginMetrics(orderedMetrics(result));
  const lines = [`Letter ${letter.id} (${letter.split}) — ${letter.dir}`, ''];
  if (rows.length === 0) lines.push(`Every field equals the golden in every variant (${pointers.size} fields).`);
  else {
    const headers = ['field', 'expected', ...letter.documents.map((document) => document.variant)];
    lines.push(
      renderTextTable({ headers, numeric: [], rows }),
      `(${pointers.size - rows.length} of ${pointers.size} fields equal the golden in every variant; "=" marks an equal value)`,
    );
  }
  for (const document of letter.documents) {
    const scores = plugins
      .filter((metric) => document.counts[metric])
      .map((metric) => `${metric} ${formatFigure(headline(document.counts[metric]!))}`);
    lines.push(
      '',
      `${document.variant}: ${document.path}${document.failed ? ` — FAILED: ${document.error}` : ''}`,
      `  ${scores.join(' · ')}`,
    );
    const misses = result.misses.filter((miss) => miss.letter === letter.id && miss.variant === document.variant);
    lines.push(...misses.map((miss) => `  ${miss.metric} ${describeMiss(miss)}`));
  }
  return `${lines.join('\n')}\n`;
}
