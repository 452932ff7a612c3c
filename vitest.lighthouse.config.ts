import { defineConfig } from 'vitest/config';

/** Lighthouse runs alone, after the other tests, so nothing else competes for the CPU. */
export default defineConfig({
  test: {
    include: ['tests/lighthouse/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    maxWorkers: 1,
    fileParallelism: false,
  },
});
