import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium driven by playwright-core against the production build
// served by `vite preview`. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // A real browser on a busy two-core machine sometimes misses a 30 s wait; a test that fails
    // three times in a row fails the run.
    retry: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
