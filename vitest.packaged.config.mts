import { defineConfig } from 'vitest/config';

// The packaged-app smoke test: drives a built Loket (LOKET_PACKAGED_APP) with Playwright's Electron
// driver. Not part of the unit or e2e runs: it needs a real Electron binary, which only the release
// workflow has. One file, one app at a time; timeouts are deadlines for a cold CI runner, not asserts.
export default defineConfig({
  test: {
    include: ['test/packaged/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
