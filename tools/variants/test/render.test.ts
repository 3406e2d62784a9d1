import { describe, expect, it } from 'vitest';
import { ALL_VARIANTS_SHARE, chooseVariants, GENERATED_VARIANTS, hashString, renderVariants } from '../src/index.js';
import { fixture, letters } from './helpers.js';

describe('renderVariants', () => {
  it('gives the same bytes for the same seed', () => {
    for (const letter of letters()) {
      const a = renderVariants(letter.plain, { seed: letter.id });
      const b = renderVariants(letter.plain, { seed: letter.id });
      expect(b).toEqual(a);
      expect(Object.keys(a).sort()).toEqual([...GENERATED_VARIANTS].sort());
    }
  });

  it('draws a different layout for another seed', () => {
    const { plain } = fixture('fd-long');
    const layouts = new Set(Array.from({ length: 8 }, (_, i) => renderVariants(plain, { seed: `seed-${i}` })['pdf-text']));
    expect(layouts.size).toBeGreaterThan(1);
  });

  it('accepts numeric seeds', () => {
    const { plain } = fixture('hb-short');
    expect(renderVariants(plain, { seed: 42 })).toEqual(renderVariants(plain, { seed: 42 }));
  });

  it('hashes strings stably', () => {
    expect(hashString('101-hb-lumbar-opioids')).toBe(hashString('101-hb-lumbar-opioids'));
    expect(hashString('a')).not.toBe(hashString('b'));
  });
});

describe('chooseVariants', () => {
  it('gives every letter plain plus at least one layout, and about 85% all of them', () => {
    const n = 4000;
    let all = 0;
    for (let i = 0; i < n; i++) {
      const chosen = chooseVariants(`letter-${i}`);
      expect(chosen.length).toBeGreaterThanOrEqual(1);
      expect(chosen.length).toBeLessThanOrEqual(3);
      expect(new Set(chosen).size).toBe(chosen.length);
      if (chosen.length === 3) all++;
    }
    expect(all / n).toBeGreaterThan(ALL_VARIANTS_SHARE - 0.03);
    expect(all / n).toBeLessThan(ALL_VARIANTS_SHARE + 0.03);
  });

  it('is stable for a seed', () => {
    expect(chooseVariants('207-hb-wrist-ptsd')).toEqual(chooseVariants('207-hb-wrist-ptsd'));
  });
});
