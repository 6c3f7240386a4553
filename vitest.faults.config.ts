import { defineConfig } from 'vitest/config';

// The fault tests (tests/faults): real `kim-hub` processes killed, private Redis and PostgreSQL
// instances restarted, a spool on a full file system. They take minutes, so `npm test` leaves
// them out and `npm run test:faults` (which .ci/run runs after it) runs them one file at a
// time: each measures its recovery time, and files sharing two cores would measure each other.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    reporters: ['default', './tests/skipped-reporter.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
