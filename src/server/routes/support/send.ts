// Sending helpers: JSON lists in the one list envelope, and bodies with a strong ETag so clients
// can revalidate large answers (graph, export) with If-None-Match and get 304.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Page } from '../../../graph/queries/index.js';

/** The list envelope every list answers with. */
export function sendPage<T>(res: Response, page: Page<T>, extra: Record<string, unknown> = {}): void {
  res.json({ ...extra, total: page.total, truncated: page.truncated, nextCursor: page.nextCursor, items: page.items });
}

/** Sends `body` with a strong ETag; answers 304 when the client already holds it. */
export function sendWithEtag(req: Request, res: Response, body: string | Uint8Array, type: string): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  res.set('ETag', etag);
  res.set('Cache-Control', 'no-cache');
  const match = req.get('if-none-match');
  if (match && match.split(',').map((s) => s.trim().replace(/^W\//, '')).includes(etag)) {
    res.status(304).end();
    return;
  }
  res.type(type).send(typeof body === 'string' ? body : Buffer.from(body));
}
