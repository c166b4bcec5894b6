// Tests are checks, not timings (speed goals live in npm run bench): a loaded
// machine must not fail a heavy but correct test, so the per-test limit is generous.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000 },
});
