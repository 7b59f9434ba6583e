// Storage failures as HTTP answers: a full disk, a read-only or busy database is the server's
// condition, not a bug, so it gets a 503/507 that says what is wrong instead of a bare 500.
import { HttpError } from './http-error.js';

/** SQLite result codes (better-sqlite3 puts them on `err.code`) and how each is answered. */
const STORAGE_ERRORS: ReadonlyArray<{ prefix: string; status: number; code: string; message: string; retry?: boolean }> = [
  { prefix: 'SQLITE_FULL', status: 507, code: 'storage_full', message: 'The database is full (disk or size limit); nothing was stored. Reads still work.' },
  { prefix: 'SQLITE_READONLY', status: 503, code: 'storage_read_only', message: 'The database is read-only; nothing was stored. Reads still work.' },
  { prefix: 'SQLITE_BUSY', status: 503, code: 'storage_busy', message: 'The database is busy; nothing was stored. Retry shortly.', retry: true },
  { prefix: 'SQLITE_LOCKED', status: 503, code: 'storage_busy', message: 'The database is busy; nothing was stored. Retry shortly.', retry: true },
  { prefix: 'SQLITE_IOERR', status: 503, code: 'storage_unavailable', message: 'The database could not be written (I/O error); nothing was stored.' },
  { prefix: 'SQLITE_CANTOPEN', status: 503, code: 'storage_unavailable', message: 'The database file could not be opened; nothing was stored.' },
];

/** The HTTP error for a storage failure, or null when `err` is not one. */
export function fromStorage(err: unknown): HttpError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const known = STORAGE_ERRORS.find((e) => code.startsWith(e.prefix));
  if (!known) return null;
  return new HttpError(known.status, known.code, known.message, known.retry ? { 'Retry-After': '1' } : {});
}
