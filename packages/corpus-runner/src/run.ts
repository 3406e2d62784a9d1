import { errorRecord, RECORD_KEYS, type ImrRecord, type Variant } from '@imrkit/core';
import type { Letter, VariantFile } from './corpus.js';
import { jsonLeaves } from './json-leaves.js';
import { corpusParity } from './parity.js';
import type { CorpusResult, DocumentResult, LetterMiss, LetterResult, Slice } from './result.js';
import type { ScorerRegistry } from './scorer.js';
import { scoreDocument } from './score-document.js';
import { addCounts } from './tally.js';

export interface ProgressEvent {
  /** Documents extracted and scored so far, this one included. */
  done: number;
  total: number;
  letter: string;
  variant: Variant;
  failed: boolean;
}

export interface RunOptions {
  letters: readonly Letter[];
  /** Extracts a record from one variant file. A throw fails that document only. */
  extract: (path: string, variant: Variant) => Promise<ImrRecord>;
  /** Record keys to score; default: every key of each letter's golden. */
  keys?: readonly string[];
  /** Scorers by record key, over the defaults; a key with none gets the generic scorer. */
  scorers?: ScorerRegistry;
  onProgress?: (event: ProgressEvent) => void;
}

/** Record keys that describe the document, not its data: never scored. */
const NON_DATA_KEYS = new Set(['source', 'variant', 'spans', 'issues', 'trace']);

/** The keys to score: the guide's keys in its order, then the others alphabetically (a stable sort on a sorted list). */
function scoredKeys(letters: readonly Letter[], only?: readonly string[]): string[] {
  const present = new Set(letters.flatMap((letter) => Object.keys(letter.expected)).filter((key) => !NON_DATA_KEYS.has(key)));
  const wanted = [...present].filter((key) => !only || only.includes(key));
  const rank = (key: string) => {
    const index = (RECORD_KEYS as readonly string[]).indexOf(key);
    return index === -1 ? RECORD_KEYS.length : index;
  };
  return wanted.sort().sort((a, b) => rank(a) - rank(b));
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const failedRecord = (file: VariantFile, why: string): Record<string, unknown> => ({ ...errorRecord(file.path, file.variant, why) });

/**
 * Extracts and scores one document. A throw, from the extractor or from a scorer choking
 * on a malformed record, becomes the core's error record, scored like any other: every
 * golden value a miss.
 */
async function extractAndScore(letter: Letter, file: VariantFile, keys: readonly string[], options: RunOptions) {
  let record: Record<string, unknown>;
  try {
    const extracted: unknown = await options.extract(file.path, file.variant);
    if (typeof extracted !== 'object' || extracted === null) throw new Error('the extractor returned no record');
    record = extracted as Record<string, unknown>;
  } catch (error) {
    record = failedRecord(file, `Extraction failed: ${message(error)}`);
  }
  try {
    return { record, tally: scoreDocument(letter.expected, record, keys, options.scorers) };
  } catch (error) {
    record = failedRecord(file, `Scoring failed: ${message(error)}`);
    return { record, tally: scoreDocument(letter.expected, record, keys, options.scorers) };
  }
}

const hasData = (data: Record<string, unknown>): boolean =>
  [...jsonLeaves(data).values()].some((leaf) => leaf !== null && !(Array.isArray(leaf) && leaf.length === 0));

function emptySlice(): Slice {
  return { documents: 0, failed: 0, metrics: {} };
}

function addToSlice(slice: Slice, document: DocumentResult): void {
  slice.documents += 1;
  if (document.failed) slice.failed += 1;
  addCounts(slice.metrics, document.counts);
}

/**
 * Extracts every variant of every letter, scores each against the letter's golden
 * (guide §3) and sums the counts: overall, per variant, per split, per split × variant.
 * Documents run one at a time, in corpus order, so results and progress are reproducible.
 */
export async function runCorpus(options: RunOptions): Promise<CorpusResult> {
  const { letters, onProgress } = options;
  const keys = scoredKeys(letters, options.keys);
  const dataKeys = [...new Set([...RECORD_KEYS, ...keys])];
  const result: CorpusResult = {
    keys,
    overall: emptySlice(),
    byVariant: {},
    bySplit: {},
    bySplitVariant: {},
    letters: [],
    misses: [],
    parity: { letters: 0, inParity: 0, share: null, differing: [] },
  };
  const total = letters.reduce((sum, letter) => sum + letter.variants.length, 0);
  let done = 0;

  for (const letter of letters) {
    const letterResult: LetterResult = { id: letter.id, split: letter.split, dir: letter.dir, expected: letter.expected, documents: [] };
    const letterKeys = keys.filter((key) => Object.hasOwn(letter.expected, key));
    for (const file of letter.variants) {
      const { record, tally } = await extractAndScore(letter, file, letterKeys, options);
      const data = Object.fromEntries(dataKeys.filter((key) => Object.hasOwn(record, key)).map((key) => [key, record[key]]));
      const errors = ((record.issues ?? []) as ImrRecord['issues']).filter((issue) => issue.severity === 'error');
      const failed = errors.length > 0 && !hasData(data);
      const document: DocumentResult = { variant: file.variant, path: file.path, failed, data, counts: tally.counts };
      if (failed) document.error = errors.map((issue) => issue.message).join('; ');
      letterResult.documents.push(document);
      result.misses.push(...tally.misses.map((miss): LetterMiss => ({ letter: letter.id, variant: file.variant, ...miss })));

      addToSlice(result.overall, document);
      addToSlice((result.byVariant[file.variant] ??= emptySlice()), document);
      addToSlice((result.bySplit[letter.split] ??= emptySlice()), document);
      addToSlice(((result.bySplitVariant[letter.split] ??= {})[file.variant] ??= emptySlice()), document);
      done += 1;
      onProgress?.({ done, total, letter: letter.id, variant: file.variant, failed });
    }
    result.letters.push(letterResult);
  }
  result.parity = corpusParity(result.letters);
  return result;
}
