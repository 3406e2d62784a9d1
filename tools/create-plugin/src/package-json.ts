import type { PluginNames } from './names.js';

/** The dev tool versions a plugin uses: the workspace root's, so every package stays on one version. */
export interface ToolVersions {
  typescript: string;
  vitest: string;
  '@types/node': string;
}

/** A new plugin's package.json: every field `pnpm check-plugins` asks of a publishable plugin. */
export function pluginPackageJson(names: PluginNames, tools: ToolVersions): Record<string, unknown> {
  return {
    name: names.packageName,
    version: '0.0.0',
    description: `IMRKit plugin: the ${names.title.toLowerCase()} of a letter.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    exports: {
      '.': {
        types: './dist/index.d.ts',
        default: './dist/index.js',
      },
    },
    types: './dist/index.d.ts',
    files: ['dist', 'data', 'README.md', 'LICENSE'],
    engines: { node: '>=20' },
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json --noEmit',
      test: 'vitest run',
    },
    dependencies: {
      '@imrkit/core': 'workspace:^',
    },
    devDependencies: {
      '@imrkit/plugin-testing': 'workspace:^',
      '@types/node': tools['@types/node'],
      typescript: tools.typescript,
      vitest: tools.vitest,
    },
  };
}

/** JSON as the workspace writes it: two-space indent, final newline. */
export const formatJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
