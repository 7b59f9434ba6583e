// Vitest global setup: says once, at the start of a run, when the PostgreSQL half of the tests is
// skipped (no DIPLOGRAPH_TEST_PG), so a green run without it is not mistaken for a full one.

/** Prints the notice when no PostgreSQL server is named. */
export default function setup(): void {
  // kept apart from backends.ts, which needs vitest's test context
  if (!process.env.DIPLOGRAPH_TEST_PG?.trim()) {
    process.stderr.write('\nPostgreSQL tests (store matrix, cross-server sync, queue, servers and workers) skipped: '
      + 'set DIPLOGRAPH_TEST_PG=postgres://… to run them (.ci/run does).\n\n');
  }
}
