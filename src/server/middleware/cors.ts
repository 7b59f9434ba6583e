// CORS, off unless DIPLOGRAPH_CORS_ORIGINS lists origins: only those get Access-Control-* headers,
// and preflight requests from them are answered 204.
import type { RequestHandler } from 'express';

/** CORS for the listed origins; a no-op when the list is empty. */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (!allowed.size || !origin || !allowed.has(origin)) return next();
    res.vary('Origin');
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Expose-Headers', 'ETag, Retry-After, RateLimit, RateLimit-Policy');
    if (req.method !== 'OPTIONS') return next();
    res.set('Access-Control-Allow-Methods', 'GET, HEAD, POST, DELETE, OPTIONS');
    res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-None-Match');
    res.set('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
