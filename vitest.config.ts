import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The parser and auditor on the real reports: no build needed.
      { test: { name: 'core', include: ['tests/core/**/*.test.ts'] } },
      // The built portal, as files (site) and in Chromium (browser): built once per base path by the global setup.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
