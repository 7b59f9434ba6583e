// Brings a PostgreSQL schema up to the latest version on first use, one transaction per migration.
// A session advisory lock makes concurrent first uses (several servers, several workers) wait for one.
import type pg from 'pg';
import { PG_MIGRATIONS } from './migrations.js';

const LOCK = 0x6469706c; // "dipl"

/** Applies the migrations `schema` lacks (creating it); returns how many ran. Throws if it is from a newer version. */
export async function migratePg(client: pg.PoolClient, schema: string): Promise<number> {
  const latest = PG_MIGRATIONS.at(-1)?.version ?? 0;
  await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query('CREATE TABLE IF NOT EXISTS diplograph_schema (version INTEGER NOT NULL)');
    const row = (await client.query<{ version: number }>('SELECT max(version) AS version FROM diplograph_schema')).rows[0];
    const current = row?.version ?? 0;
    if (current > latest) {
      throw new Error(`The database schema is version ${current}, newer than this diplograph knows (${latest}). Upgrade diplograph.`);
    }
    let ran = 0;
    for (const m of PG_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO diplograph_schema (version) VALUES ($1)', [m.version]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${(err as Error).message}`, { cause: err });
      }
      ran++;
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
  }
}

/** `name` as a quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
