import type { PluginFolder } from './plugin-folder.js';

/** The sections every plugin README has: the house outline, with the plugin's rules in place of types. */
export const README_SECTIONS = ['What is this?', 'When should I use this?', 'Install', 'Use', 'Rules', 'API'] as const;

export function checkReadme(folder: PluginFolder): string[] {
  if (folder.readme === null) return [`No README.md found in plugins/${folder.name}; expected one with the sections ${README_SECTIONS.join(' · ')}`];
  const headings = new Set([...folder.readme.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]));
  return README_SECTIONS.filter((section) => !headings.has(section)).map(
    (section) => `No "## ${section}" section found in README.md; expected the sections ${README_SECTIONS.join(' · ')}`,
  );
}
