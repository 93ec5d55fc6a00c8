import { defineConfig } from 'vitest/config';

// Property tests explore hundreds of simulated worlds: a loaded or slower CI machine must not
// turn them into timeouts. No test asserts on wall time.
export default defineConfig({
  test: { testTimeout: 120_000, setupFiles: ['test/tmpdir.setup.ts'] },
});
