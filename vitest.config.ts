import { defineConfig } from 'vitest/config';

/**
 * The tests by what they need (README, "Tests"):
 * - unit: nothing but the source (no build, no dist/, no .astro/ types); seconds.
 * - site: reads the built site in dist/ (content completeness, HTML validity, links, budgets).
 * - browser: the built site in Chromium (served once by the global setup) and behind nginx.
 * - fixtures: builds small fixture content folders with Astro and checks the errors.
 * - lighthouse: accessibility, best practices and SEO per page type; runs last, alone
 *   (sequence.groupOrder), so no other browser competes for the CPU.
 * A new test file lands in the project of the folder it is in.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores on these machines: browser tests and fixture builds are heavy.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 10_000 } },
      {
        test: {
          name: 'site',
          include: ['tests/content/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          globalSetup: ['tests/support/require-dist.ts'],
          // The Nu Html Checker (Java) over every page and the base-path build in links.test.ts
          // take over a minute on a busy 2-core machine.
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      { test: { name: 'fixtures', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      {
        test: {
          name: 'lighthouse',
          include: ['tests/lighthouse/**/*.test.ts'],
          globalSetup: ['tests/support/require-dist.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
