// The store's public surface: the Store interface, its records, and `openStore`, which picks the
// backend: a file path keeps the embedded SQLite store, a postgres:// URL the shared PostgreSQL one.
import { isPostgresUrl, PgStore } from './postgres/pg-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type { Store } from './store.js';
export type * from './records.js';
export type * from './source-store.js';
export type * from './store-change.js';
export { ITEM_OUTCOMES } from './source-store.js';
export { contentHash } from './content-hash.js';
export { isStorageFailure } from './storage-error.js';
export { isPostgresUrl, redactedUrl } from './postgres/pg-store.js';

/** Where the database lives unless DIPLOGRAPH_DB says otherwise. */
export const DEFAULT_DB_PATH = 'data/diplograph.db';

/** The database (a SQLite file path or a postgres:// URL) from the environment (DIPLOGRAPH_DB), else the default. */
export function dbPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const p = env.DIPLOGRAPH_DB?.trim();
  return p ? p : DEFAULT_DB_PATH;
}

/**
 * Opens (creating and migrating as needed) the store at `location`: a SQLite file (":memory:" gives a
 * throwaway one) or a postgres:// URL (`?schema=NAME` picks the schema).
 */
export async function openStore(location: string = dbPathFromEnv()): Promise<Store> {
  return isPostgresUrl(location) ? PgStore.open(location) : new SqliteStore(location);
}
export { PgStore, pgLocation } from './postgres/pg-store.js';
export { row, rows, run, type Queryable } from './postgres/query.js';
export { quoteIdent } from './postgres/migrate.js';
