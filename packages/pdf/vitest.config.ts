import { defineConfig } from 'vitest/config';

// The parity tests read a few hundred generated PDFs; give a slow CI machine room.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000 },
});
