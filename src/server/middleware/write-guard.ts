// The guard every write route (POST, PUT, PATCH, DELETE) goes through: off when the server is
// exposed without a token (403), rate-limited per client (429 with Retry-After), then bearer auth.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ServerConfig } from '../config.js';
import { requireBearer } from './auth.js';
import { HttpError } from './http-error.js';

/** Middleware list for write routes: `router.post('/', ...writeGuard(config), handler)`. */
export function writeGuard(config: Readonly<ServerConfig>): RequestHandler[] {
  const disabled: RequestHandler = (_req, _res, next) =>
    next(config.writesDisabled ? new HttpError(403, 'writes_disabled', config.writesDisabledReason!) : undefined);
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.writeRateLimit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next, options) => {
      const seconds = Math.ceil(options.windowMs / 1000);
      next(new HttpError(429, 'rate_limited', `Too many write requests: at most ${options.limit} a minute. Retry in ${seconds} s.`, {
        'Retry-After': String(seconds),
      }));
    },
  });
  return [disabled, limiter, requireBearer(config.token, 'Write routes')];
}
