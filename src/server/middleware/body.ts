// Body parsers with the configured size limit: JSON, and plain text or NDJSON for bulk article posts.
import express, { type RequestHandler } from 'express';

/** JSON and text parsers capped at `limit` bytes; oversize bodies give 413, bad JSON 400. */
export function bodyParsers(limit: number): RequestHandler[] {
  return [
    express.json({ limit, strict: true }),
    express.text({ limit, type: ['text/plain', 'application/x-ndjson', 'application/jsonl'] }),
  ];
}
