#!/usr/bin/env node
/** `pnpm release:dry`: packs and checks every public package as it would be published; exit 1 on any problem. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { releaseDryRun } from './release-check.js';

function workspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No pnpm-workspace.yaml found in ${from} or above; expected to run inside the IMRKit workspace`);
  }
}

const only = process.argv.slice(2);
const result = releaseDryRun(workspaceRoot(process.env.INIT_CWD ?? process.cwd()), {
  only: only.length > 0 ? only : undefined,
  onPackage: (report) => {
    const status = report.problems.length === 0 ? 'ok' : `${report.problems.length} problem(s)`;
    console.log(`${report.name}@${report.version} (${report.path}, ${report.files.length} files): ${status}`);
    for (const problem of report.problems) console.log(`  ${problem.replace(/\n/g, '\n    ')}`);
  },
});
for (const problem of result.setup) console.log(`release setup: ${problem}`);
const bad = result.packages.filter((p) => p.problems.length > 0).length;
console.error(`release:dry: ${result.packages.length} public packages packed and checked, ${bad} with problems${result.setup.length > 0 ? `, ${result.setup.length} setup problems` : ''}; nothing published`);
process.exitCode = bad > 0 || result.setup.length > 0 ? 1 : 0;
