import type { CorpusResult } from './result.js';
import { documentsLines, metricTable, parityLine, reasonCodeTable, reportedSplits, splitTable, type Table } from './report-rows.js';

/** Pads every column to its widest cell, numbers to the right, two spaces between columns. */
export function renderTextTable(table: Table): string {
  const lines = [table.headers, ...table.rows];
  const widths = table.headers.map((_, c) => Math.max(...lines.map((cells) => (cells[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (table.numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(table.headers), widths.map((width) => '-'.repeat(width)).join('  '), ...table.rows.map(line)].join('\n');
}

const WIDTH = 120;

/** The score table for a terminal (fits 120 columns with all five variants), one table per split, then the reason codes if scored. */
export function renderConsoleReport(result: CorpusResult): string {
  const reasons = reasonCodeTable(result);
  const splits = reportedSplits(result).map((split) => renderTextTable(splitTable(result, split)));
  const sections = [renderTextTable(metricTable(result)), ...splits, ...(reasons.rows.length > 0 ? [renderTextTable(reasons)] : [])];
  const header = [...documentsLines(result, WIDTH), parityLine(result)].join('\n');
  return `${[header, ...sections].join('\n\n')}\n`;
}
