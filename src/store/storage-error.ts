// Storage failures: the database cannot be written at all (full disk, read-only file, I/O error,
// locked), as opposed to one bad article. Callers stop a bulk ingest on these instead of failing
// every article the same way, and the server keeps serving reads.

// PostgreSQL SQLSTATE classes of the same kind: connection (08), resources such as a full disk (53),
// operator intervention such as a shutdown (57P), system errors (58), a read-only transaction (25006);
// and the socket errors of a server that is gone
const PG_FAILURES = /^(08|53|57P|58|25006)/;
const SOCKET_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);

const FAILURES = ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'];

/** Is `err` (or its `cause`) a failure of the database itself? better-sqlite3 puts the SQLite result code on `code`, pg the SQLSTATE. */
export function isStorageFailure(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: unknown } | null;
  const code = e?.code;
  if (typeof code === 'string' && FAILURES.some((f) => code.startsWith(f))) return true;
  if (typeof code === 'string' && ((/^[0-9A-Z]{5}$/.test(code) && PG_FAILURES.test(code)) || SOCKET_FAILURES.has(code))) return true;
  return !!e?.cause && e.cause !== err && isStorageFailure(e.cause);
}
