import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The tests render every corpus letter under several seeds; give a slow CI machine room.
  test: { testTimeout: 60_000 },
});
