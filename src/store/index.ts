// The store's public surface: the Store interface, its records, and `openStore`. The rest of
// diplograph reaches storage only through this file, so a PostgreSQL backend could replace SQLite.
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type { Store } from './store.js';
export type * from './records.js';
export type * from './source-store.js';
export { ITEM_OUTCOMES } from './source-store.js';
export { contentHash } from './content-hash.js';
export { isStorageFailure } from './storage-error.js';

/** Where the database lives unless DIPLOGRAPH_DB says otherwise. */
export const DEFAULT_DB_PATH = 'data/diplograph.db';

/** The database path from the environment (DIPLOGRAPH_DB), else the default. */
export function dbPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const p = env.DIPLOGRAPH_DB?.trim();
  return p ? p : DEFAULT_DB_PATH;
}

/** Opens (creating and migrating as needed) the store at `file`; ":memory:" gives a throwaway one. */
export function openStore(file: string = dbPathFromEnv()): Store {
  return new SqliteStore(file);
}
