// Body parsers with the configured size limit: JSON, and plain text or NDJSON for bulk article posts.
// A body that says it is UTF-8 (the default) but is not is refused, so no U+FFFD garbage is stored.
import express, { type RequestHandler } from 'express';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** body-parser `verify` hook: throws a 400 "encoding.invalid" when a UTF-8 body holds invalid bytes. */
export function verifyUtf8(_req: unknown, _res: unknown, buf: Buffer, encoding: string | null): void {
  if (encoding && !/^utf-?8$/i.test(encoding)) return;
  try {
    utf8.decode(buf);
  } catch {
    throw Object.assign(new Error('The request body is not valid UTF-8.'), { status: 400, type: 'encoding.invalid' });
  }
}

/** JSON and text parsers capped at `limit` bytes; oversize bodies give 413, bad JSON or bad UTF-8 400. */
export function bodyParsers(limit: number): RequestHandler[] {
  return [
    express.json({ limit, strict: true, verify: verifyUtf8 }),
    express.text({ limit, type: ['text/plain', 'application/x-ndjson', 'application/jsonl'], verify: verifyUtf8 }),
  ];
}
