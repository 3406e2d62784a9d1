#!/usr/bin/env node
/**
 * check-goldens [dirs…]
 *
 * Checks every letter's golden (expected.json) and meta.json against its text,
 * mechanically. Default folders: corpus/dev and corpus/test of the repository;
 * seed-style folders (pdf-text.txt or markdown.md instead of plain.txt) work too.
 * Prints one line per problem and exits 1 when there is any.
 */
import { relative } from 'node:path';
import { checkLetter } from './goldens.js';
import { DEFAULT_DIRS, findLetterFolders, readLetter } from './letters.js';
import { findRepoRoot, loadClosedSets, loadStructure, resolveDir } from './repo.js';

const USAGE = 'Usage: check-goldens [dirs…]   (default: corpus/dev corpus/test)';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) {
    console.error(`Unexpected option ${unknown.join(', ')}; expected only folders\n${USAGE}`);
    return 2;
  }
  const root = findRepoRoot();
  const dirs = (argv.length > 0 ? argv : DEFAULT_DIRS).map((d) => resolveDir(d, root));
  const structure = loadStructure();
  const sets = loadClosedSets();
  const folders = findLetterFolders(dirs);
  let problems = 0;
  let bad = 0;
  for (const folder of folders) {
    const found = checkLetter(readLetter(folder, structure), sets, structure);
    if (found.length > 0) bad++;
    problems += found.length;
    const name = relative(process.env.INIT_CWD ?? process.cwd(), folder) || folder;
    for (const problem of found) console.log(`${name}: ${problem}`);
  }
  const summary = `${folders.length} letters checked, ${problems} problems in ${bad} letters`;
  if (folders.length === 0) console.error(`No letters found in ${dirs.join(', ')}`);
  console.error(summary);
  return problems > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
