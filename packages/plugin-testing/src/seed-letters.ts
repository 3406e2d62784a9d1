import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createExtractor, loadDocument, type AnyPlugin } from '@imrkit/core';
import { describe, expect, it } from 'vitest';

/** A real letter with its hand-made golden. */
export interface SeedLetter {
  name: string;
  path: string;
  expected: Record<string, unknown>;
}

/**
 * The folder of real letters kept beside the repository (`shared/seeds` in an
 * ancestor of the working directory), or `IMRKIT_SEEDS`; null when there is none.
 */
export function findSeedsDir(from: string = process.cwd()): string | null {
  if (process.env.IMRKIT_SEEDS) return existsSync(process.env.IMRKIT_SEEDS) ? process.env.IMRKIT_SEEDS : null;
  for (let dir = from; ; dir = dirname(dir)) {
    const seeds = join(dir, 'shared', 'seeds');
    if (existsSync(seeds)) return seeds;
    if (dirname(dir) === dir) return null;
  }
}

/** Every seed letter: the one letter file in each folder and its expected.json. */
export function seedLetters(dir: string): SeedLetter[] {
  return readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'expected.json')))
    .map((name) => {
      const file = readdirSync(join(dir, name)).find((f) => f !== 'expected.json' && !f.endsWith('.pdf')) as string;
      return { name, path: join(dir, name, file), expected: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) };
    });
}

export interface DescribeSeedsOptions {
  /** Plugins the tested plugin needs. */
  with?: readonly AnyPlugin[];
  /** Applied to both sides before comparing, for parts scored as sets (e.g. sorting reason codes). */
  asScored?: (value: unknown) => unknown;
}

/** One test per real letter holding the plugin's key: it must equal the letter's golden. Skipped where the seeds are absent. */
export function describeSeedLetters(plugin: AnyPlugin, options: DescribeSeedsOptions = {}): void {
  const dir = findSeedsDir();
  const asScored = options.asScored ?? ((value: unknown) => value);
  describe.skipIf(!dir)(`${plugin.name} on the seed letters`, () => {
    // A seed whose golden does not hold this key (a key the guide does not define) has nothing to compare.
    const letters = dir ? seedLetters(dir).filter((letter) => plugin.key in letter.expected) : [];
    const extractor = createExtractor([...(options.with ?? []), plugin]);
    it.each(letters.map((letter) => [letter.name, letter] as const))('%s', (_name, letter) => {
      const document = loadDocument({ source: letter.path, content: readFileSync(letter.path, 'utf8') });
      const record = extractor.extract(document) as unknown as Record<string, unknown>;
      expect(asScored(record[plugin.key])).toEqual(asScored(letter.expected[plugin.key]));
    });
  });
}
