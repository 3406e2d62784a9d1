import { readFileSync } from 'node:fs';
import type { ImrRecord, RecordData } from '@imrkit/core';
import type { ReviewLetter } from '../src/index.js';

/** A corpus letter as the CLI read it: its pdf-text, the extracted record and the golden. */
export function corpusLetter(): ReviewLetter & { record: ImrRecord; expected: RecordData } {
  return JSON.parse(readFileSync(new URL('./fixtures/101-hb-lumbar-opioids.json', import.meta.url), 'utf8')) as ReviewLetter & { record: ImrRecord; expected: RecordData };
}

/** A letter whose text holds markup and a script, with spans over and around them. */
export function hostileLetter(): ReviewLetter {
  const text = 'Case Number: CM15-0027300\n<script>alert(1)</script><b>x</b>\nDate of Injury: 08/01/2001';
  const record = corpusLetter().record;
  const at = (needle: string): [number, number] => [text.indexOf(needle), text.indexOf(needle) + needle.length];
  return {
    source: 'letters/<img src=x onerror=alert(2)>.txt',
    text,
    record: {
      ...record,
      source: 'letters/<img src=x onerror=alert(2)>.txt',
      case: { caseNumber: 'CM15-0027300' },
      dates: { ...record.dates, injury: '</script><script>alert(3)</script>' },
      spans: { '/case/caseNumber': at('CM15-0027300'), '/dates/injury': at('<script>alert(1)</script><b>x</b>') },
      issues: [],
    },
  };
}
