import { defineConfig } from 'vitest/config';

// These tests scaffold a plugin and run tsc and vitest on it as child processes.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } });
