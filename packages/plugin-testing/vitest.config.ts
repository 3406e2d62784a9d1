import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the package by its own name; point that name at the sources so no build is needed.
export default defineConfig({
  resolve: { alias: { '@imrkit/plugin-testing': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: { include: ['test/**/*.test.ts'] },
});
