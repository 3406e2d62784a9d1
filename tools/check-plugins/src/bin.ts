#!/usr/bin/env node
/** `pnpm check-plugins`: one line per problem with any plugin; exit 1 when there is any. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkPlugins } from './check-plugins.js';

function workspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No pnpm-workspace.yaml found in ${from} or above; expected to run inside the IMRKit workspace`);
  }
}

const { plugins, problems } = await checkPlugins(workspaceRoot(process.env.INIT_CWD ?? process.cwd()));
for (const problem of problems) console.log(`plugins/${problem.plugin}: ${problem.message}`);
const bad = new Set(problems.map((p) => p.plugin)).size;
console.error(`check-plugins: ${plugins.length} plugins checked, ${problems.length} problems in ${bad} plugins`);
process.exitCode = problems.length > 0 ? 1 : 0;
