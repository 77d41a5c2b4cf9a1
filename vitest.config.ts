import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pipeline, site libraries, the build-output checks on fixtures) needs nothing
 * built; `site` tests the built dist/ and, through its globalSetup, builds it first when it is missing
 * or stale. `npm test` runs both; `npm run test:unit` and `npm run test:site` run one.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // The bench's smoke run builds with Astro in this checkout: it runs with the site project's
          // builds, one at a time (Astro writes its prerender chunks to .astro/ whatever --outDir says).
          exclude: ['test/site/**', 'test/search/**/*.browser.test.ts', 'test/bench/bench.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          // Search's browser tests (issue 6) read the built dist/ too.
          include: ['test/site/**/*.test.ts', 'test/search/**/*.browser.test.ts', 'test/bench/bench.test.ts'],
          globalSetup: ['test/helpers/global-build.ts'],
          // One browser and one parse of dist/ at a time: the machines running this are small.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
