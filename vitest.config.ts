import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Lighthouse runs separately (vitest.lighthouse.config.ts) on an otherwise idle machine.
    exclude: ['tests/lighthouse/**', 'node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests and fixture builds are heavy; two cores on these machines.
    maxWorkers: 2,
  },
});
