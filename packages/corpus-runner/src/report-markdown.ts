import { listedMisses, withheldLine } from './held-out.js';
import type { CorpusResult, LetterMiss } from './result.js';
import {
  describeMiss,
  documentsLines,
  formatValue,
  metricTable,
  parityLine,
  pluginOf,
  reasonCodeTable,
  reportedSplits,
  splitTable,
  type Table,
} from './report-rows.js';

const escapeCell = (cell: string): string => cell.replace(/\|/g, '\\|');

export function renderMarkdownTable(table: Table): string {
  const row = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${table.numeric.map((numeric) => (numeric ? ' ---: ' : ' --- ')).join('|')}|`;
  return [row(table.headers), rule, ...table.rows.map(row)].join('\n');
}

const missLine = (miss: LetterMiss): string => `- ${miss.letter} (${miss.variant}) ${describeMiss(miss)}`;

/** Groups in first-seen order (`Map.groupBy` needs Node 21). */
function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const group = groups.get(key(value));
    if (group) group.push(value);
    else groups.set(key(value), [value]);
  }
  return groups;
}

/** Misses under `### plugin` then `#### metric`, in the order the result holds them. */
function missesSection(misses: readonly LetterMiss[]): string[] {
  if (misses.length === 0) return ['No misses.'];
  const byPlugin = groupBy(misses, (miss) => pluginOf(miss.metric));
  return [...byPlugin].flatMap(([plugin, pluginMisses]) => [
    `### ${plugin}`,
    ...[...groupBy(pluginMisses, (miss) => miss.metric)].flatMap(([metric, metricMisses]) => [
      '',
      `#### ${metric} (${metricMisses.length})`,
      '',
      ...metricMisses.map(missLine),
    ]),
    '',
  ]);
}

function paritySection(result: CorpusResult): string[] {
  if (result.parity.differing.length === 0) return ['No differences between variants.'];
  return result.parity.differing.flatMap(({ letter, differences }) => [
    `### ${letter}`,
    '',
    ...differences.map(({ pointer, values }) => {
      const byVariant = Object.entries(values).map(([variant, value]) => `${variant} ${formatValue(value)}`);
      return `- \`${pointer}\`: ${byVariant.join(' · ')}`;
    }),
    '',
  ]);
}

function failuresSection(result: CorpusResult): string[] {
  const failures = result.letters.flatMap((letter) =>
    letter.documents.filter((document) => document.failed).map((document) => `- ${letter.id} (${document.variant}): ${document.error}`),
  );
  return failures.length === 0 ? ['None.'] : failures;
}

export interface MarkdownReportOptions {
  /** Splits whose misses are counted but not listed (see `listedMisses`). */
  heldOut?: readonly string[];
}

/** The report as Markdown: the score tables, failures, misses by plugin and field, parity differences. */
export function renderMarkdownReport(result: CorpusResult, { heldOut = [] }: MarkdownReportOptions = {}): string {
  const reasons = reasonCodeTable(result);
  const { listed, withheld } = listedMisses(result, heldOut);
  return [
    '# Corpus score',
    '',
    ...documentsLines(result),
    '',
    parityLine(result),
    '',
    '## Scores',
    '',
    renderMarkdownTable(metricTable(result)),
    '',
    ...reportedSplits(result).flatMap((split) => [`## Split: ${split}`, '', renderMarkdownTable(splitTable(result, split)), '']),
    ...(reasons.rows.length > 0 ? ['## Reason codes', '', renderMarkdownTable(reasons), ''] : []),
    '## Failed documents',
    '',
    ...failuresSection(result),
    '',
    '## Misses',
    '',
    ...(listed.length === 0 && withheld > 0 ? [] : [...missesSection(listed), '']),
    ...withheldLine(withheld, heldOut).flatMap((line) => [line, '']),
    '## Variant parity differences',
    '',
    ...paritySection(result),
    '',
  ].join('\n');
}
