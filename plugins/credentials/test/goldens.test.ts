import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const roots = [new URL('../../../../shared/seeds/', import.meta.url), new URL('../../../corpus/dev/', import.meta.url)].filter((u) => existsSync(u));
const specialties = JSON.parse(readFileSync(new URL('../data/specialties.json', import.meta.url), 'utf8')) as { specialties: { name: string }[] };
const states = JSON.parse(readFileSync(new URL('../data/states.json', import.meta.url), 'utf8')) as { states: { code: string }[] };

function goldenCredentials(): { letter: string; specialties: string[]; licensure: string[] }[] {
  return roots.flatMap((root) =>
    readdirSync(root)
      .filter((letter) => existsSync(new URL(`${letter}/expected.json`, root)))
      .map((letter) => ({ letter, ...JSON.parse(readFileSync(new URL(`${letter}/expected.json`, root), 'utf8')).credentials })),
  );
}

describe.skipIf(roots.length === 0)('the lexicons cover the goldens', () => {
  it('names every golden specialty canonically', () => {
    const canonical = new Set(specialties.specialties.map((s) => s.name));
    const missing = goldenCredentials().flatMap((g) => g.specialties.filter((s) => !canonical.has(s)).map((s) => `${g.letter}: ${s}`));
    expect(missing).toEqual([]);
  });

  it('knows every golden state code', () => {
    const codes = new Set(states.states.map((s) => s.code));
    const missing = goldenCredentials().flatMap((g) => g.licensure.filter((c) => !codes.has(c)).map((c) => `${g.letter}: ${c}`));
    expect(missing).toEqual([]);
  });
});
