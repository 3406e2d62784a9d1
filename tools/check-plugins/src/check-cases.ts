import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginFolder } from './plugin-folder.js';

/** A `cases/` folder of `<name>.txt` + `<name>.json` pairs, at least one, none alone. */
export function checkCases(folder: PluginFolder): string[] {
  const dir = join(folder.dir, 'cases');
  if (!existsSync(dir)) return ['No cases/ folder found in the plugin; expected <name>.txt + <name>.json pairs'];
  const files = new Set(readdirSync(dir));
  const names = new Set([...files].filter((f) => /\.(txt|json)$/.test(f)).map((f) => f.replace(/\.(txt|json)$/, '')));
  const problems: string[] = [];
  for (const name of [...names].sort()) {
    if (!files.has(`${name}.txt`)) problems.push(`No letter found for case "${name}"; expected cases/${name}.txt beside ${name}.json`);
    if (!files.has(`${name}.json`)) problems.push(`No expectation found for case "${name}"; expected cases/${name}.json beside ${name}.txt`);
  }
  if (names.size === 0) problems.push('No cases found in cases/; expected <name>.txt + <name>.json pairs');
  return problems;
}
