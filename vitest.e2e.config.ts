import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers: one file at a time keeps a 2-core
// machine responsive, and generous time-outs absorb browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
