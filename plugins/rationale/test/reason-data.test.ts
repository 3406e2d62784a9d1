import { readdirSync, readFileSync } from 'node:fs';
import { REASON_CODES } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { REASON_RULES } from '../src/reason-cues.js';

interface CodeFile {
  cues: { name: string; assertion: string; about: string }[];
  suppressedBy?: string[];
  suppresses?: string[];
}

const folder = new URL('../data/reasons/', import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
const data = Object.fromEntries(files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as CodeFile]));

describe('data/reasons/', () => {
  it('holds one file per reason code of the closed set, and the rules follow the guide order', () => {
    expect(Object.keys(data).sort()).toEqual([...REASON_CODES].sort());
    expect(REASON_RULES.map((r) => r.code)).toEqual([...REASON_CODES]);
  });

  it('gives every cue a known assertion and scope, and a unique name within its code', () => {
    for (const [code, spec] of Object.entries(data)) {
      const names = spec.cues.map((c) => c.name);
      expect(new Set(names).size, code).toBe(names.length);
      for (const cue of spec.cues) {
        expect(['negated', 'affirmed', 'stated'], `${code}/${cue.name}`).toContain(cue.assertion);
        expect(['case', 'unattributed', 'any'], `${code}/${cue.name}`).toContain(cue.about);
      }
    }
  });

  it('suppresses only known codes', () => {
    const known = new Set<string>(REASON_CODES);
    for (const spec of Object.values(data)) for (const other of [...(spec.suppressedBy ?? []), ...(spec.suppresses ?? [])]) expect(known.has(other), other).toBe(true);
  });

  it('keeps criteria-met for medically necessary outcomes and every other code for the rest', () => {
    for (const rule of REASON_RULES) expect(rule.outcome).toBe(rule.code === 'criteria-met' ? 'medically-necessary' : 'not-medically-necessary');
  });
});
