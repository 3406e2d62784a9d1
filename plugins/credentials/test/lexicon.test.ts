import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLexicon } from '../src/lexicon.js';
import { matchKey, normalizeName } from '../src/normalize.js';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
const states = read('states.json') as { maxEdits: []; states: { code: string; name: string; aliases?: string[] }[] };
const specialties = read('specialties.json') as { specialties: { name: string; kind: string; boards: string[]; aliases: string[]; abms?: boolean }[] };

describe('normalizeName', () => {
  it('compares "&" as "and", ignoring case and punctuation', () => {
    expect(normalizeName('Physical Medicine & Rehabilitation')).toBe('physical medicine and rehabilitation');
    expect(normalizeName('  Washington, D.C. ')).toBe('washington d c');
  });
});

describe('matchKey', () => {
  it('keeps a comma or semicolon as the one separator that tells two names from one', () => {
    expect(matchKey('Endocrinology, Diabetes & Metabolism')).toBe('endocrinology , diabetes and metabolism');
    expect(matchKey('Sports Medicine; Family Medicine')).toBe('sports medicine , family medicine');
    expect(matchKey('Pain Medicine (Anesthesiology)')).toBe('pain medicine anesthesiology');
  });
});

describe('createLexicon', () => {
  const lexicon = createLexicon(
    states.states.map((s) => ({ value: s.code, names: [s.name, ...(s.aliases ?? [])], verbatim: [s.code] })),
    {
      maxEdits: [
        { upToLetters: 6, edits: 1 },
        { upToLetters: null, edits: 2 },
      ],
      ignoredWords: ['the', 'state', 'of'],
    },
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

  it('matches a USPS code only as printed, in capitals, and never by edit distance', () => {
    expect(lexicon.exact('CA')).toBe('CA');
    expect(lexicon.exact('OR')).toBe('OR');
    expect(lexicon.exact('or')).toBeNull();
    expect(lexicon.exact('in')).toBeNull();
    expect(lexicon.nearest('CX')).toBeNull();
  });

  it('ignores a word only when all its parts are ignored words', () => {
    expect(lexicon.ignores('State')).toBe(true);
    expect(lexicon.ignores('the')).toBe(true);
    expect(lexicon.ignores('Ohio')).toBe(false);
  });

  it('refuses a name equally near two values', () => {
    const tied = createLexicon(
      [
        { value: 'A', names: ['abcd'] },
        { value: 'B', names: ['abce'] },
      ],
      { maxEdits: [{ upToLetters: null, edits: 1 }] },
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

  it('covers the 24 ABMS member boards, each with its specialties and subspecialties', () => {
    const abms = specialties.specialties.filter((s) => s.abms !== false);
    expect(new Set(abms.flatMap((s) => s.boards)).size).toBe(24);
    expect(abms.filter((s) => s.kind === 'specialty').length).toBeGreaterThanOrEqual(38);
    expect(abms.filter((s) => s.kind === 'subspecialty').length).toBeGreaterThanOrEqual(85);
    expect(abms.every((s) => s.boards.length > 0)).toBe(true);
    const names = new Set(specialties.specialties.map((s) => s.name));
    for (const name of ['Hospice and Palliative Medicine', 'Sleep Medicine', 'Clinical Neurophysiology', 'Brain Injury Medicine', 'Pediatric Rehabilitation Medicine', 'Spinal Cord Injury Medicine', 'Surgery of the Hand', 'Interventional Radiology', 'Neuroradiology', 'Endocrinology, Diabetes and Metabolism', 'Undersea and Hyperbaric Medicine', 'Public Health and General Preventive Medicine']) {
      expect(names, name).toContain(name);
    }
  });
});
