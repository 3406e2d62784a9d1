#!/usr/bin/env node
/**
 * coverage [--write <file>] [--no-fail] [dirs…]
 *
 * Counts what the corpus promises and prints it as a Markdown table, each
 * measure with its target and ✅/❌. --write puts the table into a file between
 * <!-- coverage:start --> and <!-- coverage:end --> (corpus/README.md).
 * Exits 1 when a target is missed, unless --no-fail.
 */
import { resolve } from 'node:path';
import { coverage, coverageTable } from './coverage.js';
import { DEFAULT_DIRS, findLetterFolders, readLetter } from './letters.js';
import { writeBetweenMarkers } from './markers.js';
import { findRepoRoot, loadClosedSets, loadStructure, resolveDir } from './repo.js';

const USAGE = 'Usage: coverage [--write <file>] [--no-fail] [dirs…]   (default: corpus/dev corpus/test)';

async function main(argv: readonly string[]): Promise<number> {
  let write: string | undefined;
  let fail = true;
  const named: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg === '--no-fail') fail = false;
    else if (arg === '--write') {
      write = argv[++i];
      if (!write) {
        console.error(`Missing file after --write\n${USAGE}`);
        return 2;
      }
    } else if (arg.startsWith('-')) {
      console.error(`Unexpected option ${arg}, expected --write <file> or --no-fail\n${USAGE}`);
      return 2;
    } else named.push(arg);
  }
  const root = findRepoRoot();
  const dirs = (named.length > 0 ? named : DEFAULT_DIRS).map((d) => resolveDir(d, root));
  const structure = loadStructure();
  const letters = findLetterFolders(dirs).map((dir) => readLetter(dir, structure));
  const rows = coverage(letters, loadClosedSets());
  const table = coverageTable(rows);
  console.log(table);
  if (write) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), write);
    console.error(writeBetweenMarkers(file, table) ? `Wrote the table into ${file}` : `${file} already up to date`);
  }
  const missed = rows.filter((r) => r.ok === false);
  console.error(`${letters.length} letters; ${rows.filter((r) => r.ok !== undefined).length - missed.length} targets met, ${missed.length} missed`);
  return fail && missed.length > 0 ? 1 : 0;
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
