// Keeps the bodies of reads (found or not found), by URL, until the graph changes: the same question asked
// again is answered with the bytes already made (and its ETag) instead of being computed again.
// Entries carry the graph and its revision (src/graph/revision.ts); any change to the graph, or a
// swapped graph, makes them stale. Bounded in bytes, least recently used out first.
import type { RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { DiploGraph } from '../../graph/build.js';
import { graphRevision } from '../../graph/revision.js';

interface Entry {
  graph: DiploGraph;
  revision: number;
  status: number;
  type: string;
  etag: string | undefined;
  body: Buffer;
}

/** Answers that depend on the graph alone: found, and not found (an unknown actor, no path). */
const KEPT_STATUSES = new Set([200, 404]);

/** The largest share of the cache one answer may take. */
const LARGEST_SHARE = 1 / 16;

/**
 * A cache middleware for GET/HEAD reads answered from `graph()`, holding at most `maxBytes` of
 * bodies; with 0 it passes every request on. The answer says `X-Cache: hit` or `miss`.
 */
export function responseCache(graph: () => DiploGraph, maxBytes: number): RequestHandler {
  if (maxBytes <= 0) return (_req, _res, next) => next();
  const cache = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (e) => e.body.length + 200 });
  const largest = Math.max(1, Math.floor(maxBytes * LARGEST_SHARE));
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const g = graph();
    const revision = graphRevision(g);
    const key = req.originalUrl;
    const hit = cache.get(key);
    if (hit && hit.graph === g && hit.revision === revision) {
      res.status(hit.status).set('X-Cache', 'hit').type(hit.type);
      if (hit.etag) res.set('ETag', hit.etag);
      res.send(hit.body);
      return;
    }
    res.set('X-Cache', 'miss');
    keepWhatIsSent(res, (body) => {
      if (!KEPT_STATUSES.has(res.statusCode) || body.length > largest) return;
      const type = res.get('Content-Type');
      if (!type) return;
      cache.set(key, { graph: g, revision, status: res.statusCode, type, etag: res.get('ETag'), body });
    });
    next();
  };
}

// Calls `keep` with the bytes of the body `res.send` is given as a string or buffer (res.json
// ends there too), once, after the response has been handed to Node.
function keepWhatIsSent(res: Response, keep: (body: Buffer) => void): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const out = send(body);
    if (typeof body === 'string' || Buffer.isBuffer(body)) {
      res.send = send;
      keep(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
    }
    return out;
  };
}
