// The one way the PostgreSQL store talks to the server: a pool (outside transactions) or the client
// of an open transaction, both answering `query`. Also turns pg's BIGINT/NUMERIC text into numbers.
import pg from 'pg';

/** A pool or a transaction's client. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** The rows of `sql` with `params`. */
export async function rows<T extends pg.QueryResultRow>(q: Queryable, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await q.query<T>(sql, params as unknown[])).rows;
}

/** The first row of `sql`, or undefined. */
export async function row<T extends pg.QueryResultRow>(q: Queryable, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(q, sql, params))[0];
}

/** Runs `sql`; returns the number of rows it touched. */
export async function run(q: Queryable, sql: string, params: readonly unknown[] = []): Promise<number> {
  return (await q.query(sql, params as unknown[])).rowCount ?? 0;
}
