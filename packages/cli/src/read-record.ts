import { readFileSync, statSync } from 'node:fs';
import { detectVariant, errorRecord, loadDocument, type Extractor, type ImrRecord } from '@imrkit/core';

export interface ReadOptions {
  /** Inputs larger than this many bytes are recorded as oversized, not read. */
  maxBytes: number;
}

const looksBinary = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) control++;
  return head.length > 0 && control / head.length > 0.1;
};

/** Reads one input file and extracts its record; any failure becomes an error record, never an exception. */
export function readRecord(path: string, extractor: Extractor, options: ReadOptions): ImrRecord {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > options.maxBytes) return errorRecord(path, null, `Oversized input: ${size} bytes; expected at most ${options.maxBytes}`);
    bytes = readFileSync(path);
  } catch (error) {
    return errorRecord(path, null, `Unreadable input: ${(error as Error).message}`);
  }
  if (bytes.length === 0) return errorRecord(path, null, 'Empty input; expected the text of an IMR letter');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) return errorRecord(path, 'pdf', 'PDF input is not supported yet; expected a text, markdown or HTML letter');
  if (looksBinary(bytes)) return errorRecord(path, null, 'Binary input; expected the text of an IMR letter');
  try {
    const document = loadDocument({ source: path, content: bytes });
    return extractor.extract(document);
  } catch (error) {
    const variant = detectVariant(path, '');
    return errorRecord(path, variant === 'pdf' ? null : variant, `Unreadable letter: ${(error as Error).message}`);
  }
}

/** True when a record's input could not be read or extracted at all. */
export const hasErrors = (record: ImrRecord): boolean => record.issues.some((issue) => issue.severity === 'error');
