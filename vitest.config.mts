import { defineConfig } from 'vitest/config';

// Unit + integration: plain Node, real SQLite files, real loopback HTTP. Browser e2e and the crash
// test have their own configs.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'electron/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
