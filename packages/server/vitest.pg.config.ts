import { defineConfig } from 'vitest/config';

// The server suites against PostgreSQL; run through test/run-postgres.mjs (it starts the server).
export default defineConfig({
  test: {
    name: 'server-postgres',
    root: '.',
    include: ['src/__tests__/**/*.pgtest.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
