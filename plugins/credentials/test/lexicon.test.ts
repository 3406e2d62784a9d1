import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../src/lexicon.js';
import { normalizeName } from '../src/normalize.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
const states = read('states.json') as { maxEdits: []; states: { code: string; name: string; aliases?: string[] }[] };
const specialties = read('specialties.json') as { specialties: { name: string; aliases: string[] }[] };

describe('normalizeName', () => {
  it('compares "&" as "and", ignoring case and punctuation', () => {
    expect(normalizeName('Physical Medicine & Rehabilitation')).toBe('physical medicine and rehabilitation');
    expect(normalizeName('  Washington, D.C. ')).toBe('washington d c');
  });
});

describe('createLexicon', () => {
  const lexicon = createLexicon(
    states.states.map((s) => ({ value: s.code, names: [s.name, ...(s.aliases ?? [])] })),
    [
      { upToLetters: 6, edits: 1 },
      { upToLetters: null, edits: 2 },
    ],
  );

  it('finds exact names and aliases', () => {
    expect(lexicon.exact('west virginia')).toBe('WV');
    expect(lexicon.exact('Washington D.C.')).toBe('DC');
    expect(lexicon.exact('Virginia')).toBe('VA');
    expect(lexicon.exact('Jersey')).toBeNull();
  });

  it('tolerates one edit in names of up to six letters and two in longer ones', () => {
    expect(lexicon.nearest('Iwoa')).toBe('IA');
    expect(lexicon.nearest('Texsa')).toBe('TX');
    expect(lexicon.nearest('Oreagno')).toBeNull();
    expect(lexicon.nearest('Conneticut')).toBe('CT');
    expect(lexicon.nearest('Masachusets')).toBe('MA');
  });

  it('refuses a name equally near two values', () => {
    const tied = createLexicon(
      [
        { value: 'A', names: ['abcd'] },
        { value: 'B', names: ['abce'] },
      ],
      [{ upToLetters: null, edits: 1 }],
    );
    expect(tied.nearest('abcf')).toBeNull();
    expect(tied.nearest('abcdd')).toBe('A');
  });
});

describe('data files', () => {
  it('lists the 50 states and DC once each', () => {
    const codes = states.states.map((s) => s.code);
    expect(new Set(codes).size).toBe(51);
    expect(codes).toContain('DC');
  });

  it('gives every specialty spelling one canonical name', () => {
    const owner = new Map<string, string>();
    for (const s of specialties.specialties) {
      for (const name of [s.name, ...s.aliases]) {
        const key = normalizeName(name);
        expect(owner.get(key) ?? s.name, `"${name}" belongs to two entries`).toBe(s.name);
        owner.set(key, s.name);
      }
    }
    expect(owner.size).toBeGreaterThan(140);
  });
});
