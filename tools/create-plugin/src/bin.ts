#!/usr/bin/env node
/** `pnpm create-plugin <name> [--key <key>]`: scaffolds and registers a new plugin. */
import { parseArgs } from 'node:util';
import { createPlugin } from './create-plugin.js';
import { PluginNameError } from './names.js';
import { nextSteps } from './next-steps.js';
import { findWorkspaceRoot } from './workspace.js';

const USAGE = `Usage: pnpm create-plugin <name> [--key <recordKey>]

Scaffolds plugins/<name> as @imrkit/plugin-<name>, filling record key <name> in
camelCase unless --key says otherwise, and registers it with the imrkit CLI.`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { key: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`Unexpected ${parsed.positionals.length} names, expected one\n${USAGE}`);
    return 2;
  }
  try {
    const root = findWorkspaceRoot(process.env.INIT_CWD ?? process.cwd());
    const created = createPlugin({ root, name: parsed.positionals[0]!, key: parsed.values.key });
    console.log(nextSteps(created));
    return 0;
  } catch (error) {
    if (!(error instanceof PluginNameError)) throw error;
    console.error(`create-plugin: ${error.message}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
