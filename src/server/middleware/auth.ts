// Bearer-token checks: `Authorization: Bearer <token>`, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Does the request carry `token` as its bearer token? */
export function hasBearer(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return !!m && timingSafeEqual(digest(m[1]!), digest(token));
}

/** Requires the bearer `token` (401 otherwise); a null token lets every request through. */
export function requireBearer(token: string | null, what: string): RequestHandler {
  return (req, _res, next) => {
    if (!token || hasBearer(req.get('authorization'), token)) return next();
    next(new HttpError(401, 'unauthorized', `${what} need "Authorization: Bearer <token>" with the configured token.`, {
      'WWW-Authenticate': 'Bearer realm="diplograph"',
    }));
  };
}
