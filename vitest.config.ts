import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests sit beside the code they test; tests across modules, including those that need
// Redis and PostgreSQL (each on its own database and key prefix), live in tests/ and run in
// the same `npm test`. dist/ is built once first (tests/global-setup.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'adapters/**/*.test.ts', 'workers/**/*.test.ts', 'tests/**/*.test.ts'],
    // The fault tests take minutes: `npm run test:faults` (vitest.faults.config.ts), run by .ci/run.
    exclude: [...configDefaults.exclude, 'tests/faults/**'],
    globalSetup: ['tests/global-setup.ts'],
    reporters: ['default', './tests/skipped-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
