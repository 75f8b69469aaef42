import { defineConfig } from 'vitest/config';

// The hub tests: each file starts a real PostgreSQL (tests/hub/cluster.ts), so they run in
// their own step of `npm test`, one file at a time (two cores shared on the CI machine).
export default defineConfig({
  test: {
    include: ['tests/hub/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
