import type { CreatedPlugin } from './create-plugin.js';

/** Commands and what each is for, aligned in two columns. */
function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([command]) => command.length));
  return rows.map(([command, why]) => `  ${command.padEnd(width)}  ${why}`).join('\n');
}

/** What to do after scaffolding, printed by `pnpm create-plugin`. */
export function nextSteps({ names }: CreatedPlugin): string {
  const dir = `plugins/${names.name}`;
  return `Created ${dir} (${names.packageName}, record key "${names.key}"), registered it with the CLI and added .changeset/add-plugin-${names.name}.md.

Next steps:
${table([
  ['pnpm install', 'link the new package into the workspace'],
  [`pnpm --filter ${names.packageName} test`, 'its starter case fails: the stub does not read it yet'],
  [`edit ${dir}/src, data/, cases/`, 'write the rules until the cases pass'],
  ['pnpm imr score --update <letter>', `add "${names.key}" to corpus/dev goldens, then review the diff`],
  [`pnpm imr score --plugins ${names.name}`, 'score it against the corpus'],
  ['pnpm check-plugins', 'README, cases, coverage, registration, package.json'],
])}

The guide: docs/plugins.md
`;
}
