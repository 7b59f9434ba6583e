// Read access: open unless DIPLOGRAPH_READ_TOKEN is set; then every /api read but health needs it
// (the write token is accepted too, so one client can do both).
import type { RequestHandler } from 'express';
import type { ServerConfig } from '../config.js';
import { hasBearer } from './auth.js';
import { HttpError } from './http-error.js';

/** Requires the read token on GET/HEAD requests when one is configured. */
export function readGuard(config: Readonly<ServerConfig>): RequestHandler {
  return (req, _res, next) => {
    const { readToken, token } = config;
    if (!readToken || (req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/health') return next();
    const header = req.get('authorization');
    if (hasBearer(header, readToken) || (token && hasBearer(header, token))) return next();
    next(new HttpError(401, 'unauthorized', 'Reads need "Authorization: Bearer <token>" with DIPLOGRAPH_READ_TOKEN.', {
      'WWW-Authenticate': 'Bearer realm="diplograph"',
    }));
  };
}
