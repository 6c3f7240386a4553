import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; integration tests that need Redis and
// PostgreSQL live in tests/integration and run in the same `npm test`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'workers/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
