import { defineConfig } from 'vitest/config';

// The crash test kills child processes on purpose; it runs alone, in one worker.
export default defineConfig({
  test: {
    include: ['test/crash/**/*.test.ts'],
    environment: 'node',
    testTimeout: 1_200_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
