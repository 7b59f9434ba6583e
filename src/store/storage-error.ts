// Storage failures: the database cannot be written at all (full disk, read-only file, I/O error,
// locked), as opposed to one bad article. Callers stop a bulk ingest on these instead of failing
// every article the same way, and the server keeps serving reads.

const FAILURES = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'];

/** Is `err` (or its `cause`) a failure of the database itself? better-sqlite3 puts the SQLite result code on `code`. */
export function isStorageFailure(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: unknown } | null;
  const code = e?.code;
  if (typeof code === 'string' && FAILURES.some((f) => code.startsWith(f))) return true;
  return !!e?.cause && e.cause !== err && isStorageFailure(e.cause);
}
