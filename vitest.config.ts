import { defineConfig } from 'vitest/config';

// All tests: unit (shared/), integration (main/core on real SQLite files), lint, and end-to-end
// (the built renderer in real Chromium against the HTTP host). `npm test` builds the renderer first.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
