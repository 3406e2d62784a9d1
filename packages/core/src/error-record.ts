import { emptyRecordData, type ImrRecord, type Variant } from './record.js';

/** The record of an input that could not be read at all: every data key empty, and why. */
export function errorRecord(source: string, variant: Variant | null, message: string): ImrRecord {
  return { source, variant, ...emptyRecordData(), spans: {}, issues: [{ plugin: 'core', severity: 'error', message }] };
}
