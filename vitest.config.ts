// Test runner configuration: unit and HTTP tests under tests/, browser tests under tests/e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // says when the PostgreSQL tests are skipped (DIPLOGRAPH_TEST_PG unset)
    globalSetup: ['tests/store/support/pg-notice.ts'],
  },
});
