// The one error middleware: typed errors and body-parser errors become JSON with their status,
// storage failures a 503/507 (store-errors.ts); everything else is a 500 whose message says nothing
// about internals. No stack trace is ever sent.
import type { ErrorRequestHandler } from 'express';
import { HttpError } from './http-error.js';
import { fromStorage } from './store-errors.js';

interface ParserError { type?: string; status?: number; expose?: boolean; message?: string }

/** Maps body-parser failures (they carry `type`) to our codes. */
function fromParser(err: ParserError): HttpError | null {
  switch (err.type) {
    case 'entity.parse.failed': return new HttpError(400, 'malformed_json', 'The request body is not valid JSON.');
    case 'encoding.invalid': return new HttpError(400, 'invalid_utf8', 'The request body is not valid UTF-8 (send UTF-8 or name the charset in Content-Type).');
    case 'entity.too.large': return new HttpError(413, 'body_too_large', 'The request body is larger than DIPLOGRAPH_MAX_BODY allows.');
    case 'encoding.unsupported':
    case 'charset.unsupported': return new HttpError(415, 'unsupported_encoding', 'The request body encoding is not supported.');
    default: return null;
  }
}

/** Sends every error as `{ error: { code, message } }`. */
export function errorHandler(log: (err: unknown) => void = (e) => console.error(e)): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    let e = err instanceof HttpError ? err : fromParser(err as ParserError);
    if (!e) {
      e = fromStorage(err);
      if (e) log(err);
    }
    if (!e && typeof (err as ParserError)?.status === 'number' && (err as ParserError).expose) {
      const status = (err as ParserError).status!;
      e = new HttpError(status, status === 404 ? 'not_found' : 'bad_request', String((err as ParserError).message));
    }
    if (!e) {
      log(err);
      e = new HttpError(500, 'internal', 'The server failed to answer this request.');
    }
    res.status(e.status).set(e.headers).json({ error: { code: e.code, message: e.message } });
  };
}

/** The last handler: a JSON 404 for anything no route answered. */
export const notFoundHandler = (): import('express').RequestHandler => (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `No route for ${req.method} ${req.path}.` } });
};
