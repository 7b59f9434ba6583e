// The store test matrix: every suite written with `describeStores` runs once per backend, SQLite (an
// in-memory file) always and PostgreSQL when DIPLOGRAPH_TEST_PG names a server. Each PostgreSQL store
// gets a schema of its own, dropped when the test ends, so tests never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe } from 'vitest';
import { openStore, type Store } from '../../../src/store/index.js';

/** The PostgreSQL server the tests may use (a postgres:// URL), or null. */
export const TEST_PG = process.env.DIPLOGRAPH_TEST_PG?.trim() || null;

/** Why the PostgreSQL half of the matrix is skipped, as the suites' titles say it. */
export const PG_SKIPPED = 'skipped: set DIPLOGRAPH_TEST_PG=postgres://… to run it (.ci/run does)';

/** One backend of the matrix. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Opens a fresh, empty store; closed (and its schema dropped) after the test. */
  open(): Promise<Store>;
}

/** A fresh schema name. */
export const freshSchema = (): string => `t_${randomBytes(6).toString('hex')}`;

/** `TEST_PG` with `?schema=NAME`. */
export function pgUrl(schema: string): string {
  const u = new URL(TEST_PG!);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Drops the schemas named (a test's PostgreSQL stores). */
export async function dropSchemas(schemas: readonly string[]): Promise<void> {
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: TEST_PG! });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** Runs `body` once per backend, in a describe named "title [backend]"; the PostgreSQL one skipped without a server. */
export function describeStores(title: string, body: (backend: Backend) => void): void {
  for (const name of ['sqlite', 'postgres'] as const) {
    const available = name === 'sqlite' || !!TEST_PG;
    (available ? describe : describe.skip)(`${title} [${name}${available ? '' : `: ${PG_SKIPPED}`}]`, () => {
      const opened: Store[] = [];
      const schemas: string[] = [];
      afterEach(async () => {
        for (const s of opened.splice(0)) await s.close();
        await dropSchemas(schemas.splice(0));
      });
      body({
        name,
        open: async () => {
          let location = ':memory:';
          if (name === 'postgres') {
            const schema = freshSchema();
            schemas.push(schema);
            location = pgUrl(schema);
          }
          const s = await openStore(location);
          opened.push(s);
          return s;
        },
      });
    });
  }
}
