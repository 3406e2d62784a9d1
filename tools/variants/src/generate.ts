#!/usr/bin/env node
/**
 * generate [--check] [dirs…]
 *
 * Renders the pdf-text, markdown, html and pdf layouts of every letter folder that
 * holds a plain.txt (default: corpus/dev and corpus/test of the repository).
 * Which layouts a letter carries is drawn from its seed (its folder name).
 * With --check nothing is written: the command fails when a file on disk differs
 * from what would be generated, is missing, or should not be there.
 */
import { relative } from 'node:path';
import { DEFAULT_DIRS, findLetterFolders, resolveDir } from './letters.js';
import { syncLetter } from './sync.js';
import { findRepoRoot } from './templates.js';

const USAGE = 'Usage: generate [--check] [dirs…]   (default: corpus/dev corpus/test)';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--check');
  if (unknown.length > 0) {
    console.error(`Unexpected option ${unknown.join(', ')}; expected --check\n${USAGE}`);
    return 2;
  }
  const check = argv.includes('--check');
  const root = findRepoRoot();
  const named = argv.filter((a) => !a.startsWith('-'));
  const dirs = (named.length > 0 ? named : DEFAULT_DIRS).map((d) => resolveDir(d, root));
  const folders = findLetterFolders(dirs);
  if (folders.length === 0) {
    console.log(`No letter folders with a plain.txt found in ${dirs.map((d) => relative(root, d) || '.').join(', ')}`);
    return 0;
  }

  let changedLetters = 0;
  let files = 0;
  const counts = new Map<number, number>();
  for (const folder of folders) {
    const result = await syncLetter(folder, check);
    counts.set(result.variants.length, (counts.get(result.variants.length) ?? 0) + 1);
    const name = relative(root, folder);
    if (result.changed.length > 0) {
      changedLetters++;
      files += result.changed.length;
      console.log(`${name}: ${check ? 'out of date' : 'wrote'} ${result.changed.join(', ')}`);
    } else {
      console.log(`${name}: up to date (${result.variants.join(', ')})`);
    }
  }
  const spread = [...counts.entries()]
    .sort(([a], [b]) => b - a)
    .map(([n, c]) => `${c} with ${n} variants`)
    .join(', ');
  const verb = check ? 'out of date' : 'changed';
  console.log(`${folders.length} letters (${spread}); ${changedLetters} ${verb} (${files} files)`);
  if (check && changedLetters > 0) {
    console.log('Run `pnpm variants` to regenerate the layout variants.');
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
