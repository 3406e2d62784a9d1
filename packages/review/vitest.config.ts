import { defineConfig } from 'vitest/config';

// The browser test starts Chromium; give a slow CI machine room.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 },
});
