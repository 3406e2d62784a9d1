import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createExtractor, type RecordData } from '@imrkit/core';
import { renderReviewPage, type ReviewLetter } from '@imrkit/review';
import { expandInputs, type InputProblem } from '../inputs.js';
import { loadPlugins } from '../plugins.js';
import { hasErrors, readRecord } from '../read-record.js';

export interface ReviewOptions {
  /** Letter files or folders (corpus folders with an expected.json beside the variant files, or plain folders of letters). */
  inputs: string[];
  /** The page to write; `review.html` by default. */
  out?: string;
  /** Inputs larger than this many bytes are recorded as oversized, not read. */
  maxBytes?: number;
}

export const REVIEW_HELP = `Usage: imrkit review <letter or folder>... [--out review.html]

Writes one self-contained HTML page showing each letter with every extracted
value highlighted where it was read, a colour per plugin, and the record beside
it. Where a letter has an expected.json beside it (a corpus folder), wrong and
missed values are marked.

Options:
  --out <file>   the page to write (default: review.html)`;

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The golden beside a letter file, if there is one and it parses. */
function readGolden(file: string, warnings: string[]): RecordData | undefined {
  const path = join(dirname(file), 'expected.json');
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RecordData;
  } catch (error) {
    warnings.push(`Unreadable golden ${path}: ${(error as Error).message}; expected JSON record data`);
    return undefined;
  }
}

/**
 * `imrkit review`: extracts every letter given and writes the review page.
 * Exit code 0, 1 when some letter could not be read (it is still on the page,
 * with its issues) or nothing was found, 2 on a usage error.
 */
export async function reviewCommand(options: ReviewOptions): Promise<number> {
  if (options.inputs.length === 0) {
    console.error(`No input given; expected a letter file or folder\n${REVIEW_HELP}`);
    return 2;
  }
  const problems: InputProblem[] = [];
  const files = [...expandInputs(options.inputs, problems)];
  for (const problem of problems) console.error(`${problem.path}: ${problem.message}`);
  if (files.length === 0) {
    console.error(`No letter files found in ${options.inputs.join(', ')}; expected .txt, .md, .html or .pdf files`);
    return 1;
  }
  const extractor = createExtractor(await loadPlugins());
  const warnings: string[] = [];
  const letters: ReviewLetter[] = [];
  let failed = 0;
  for (const file of files) {
    const { record, text } = await readRecord(file, extractor, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
    if (hasErrors(record)) failed++;
    const expected = readGolden(file, warnings);
    letters.push({ source: file, text: text ?? '', record, ...(expected ? { expected } : {}) });
  }
  for (const warning of warnings) console.error(warning);
  const out = resolve(options.out ?? 'review.html');
  writeFileSync(out, renderReviewPage(letters));
  const goldens = letters.filter((l) => l.expected).length;
  console.error(`Wrote ${out}: ${letters.length} letters, ${goldens} with goldens${failed > 0 ? `, ${failed} unreadable` : ''}`);
  return failed > 0 || problems.length > 0 ? 1 : 0;
}
