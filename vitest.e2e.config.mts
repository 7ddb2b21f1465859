import { defineConfig } from 'vitest/config';

// Browser e2e: Debian's Chromium drives the built renderer against a real headless core. Each file
// starts its own server on a fresh data dir; files run one at a time so two Chromiums and two
// cores never compete for the 2 cores of a CI machine. Timeouts are generous deadlines, not asserts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
