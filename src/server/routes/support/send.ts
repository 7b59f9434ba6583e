// Sending helpers: JSON lists in the one list envelope, and bodies with a strong ETag so clients
// can revalidate large answers (graph, export) with If-None-Match and get 304; a large body can be
// given in pieces, hashed and written one by one (never joined into one string).
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Page } from '../../../graph/queries/index.js';

/** The list envelope every list answers with. */
export function sendPage<T>(res: Response, page: Page<T>, extra: Record<string, unknown> = {}): void {
  res.json({ ...extra, total: page.total, truncated: page.truncated, nextCursor: page.nextCursor, items: page.items });
}

const etagOf = (hash: ReturnType<typeof createHash>) => `"${hash.digest('base64url').slice(0, 32)}"`;

// Sets the ETag and caching headers; true when the client already holds this body (304 sent).
function answeredNotModified(req: Request, res: Response, etag: string): boolean {
  res.set('ETag', etag);
  res.set('Cache-Control', 'no-cache');
  const match = req.get('if-none-match');
  if (match && match.split(',').map((s) => s.trim().replace(/^W\//, '')).includes(etag)) {
    res.status(304).end();
    return true;
  }
  return false;
}

/** Sends `body` with a strong ETag; answers 304 when the client already holds it. */
export function sendWithEtag(req: Request, res: Response, body: string | Uint8Array, type: string): void {
  if (answeredNotModified(req, res, etagOf(createHash('sha256').update(body)))) return;
  res.type(type).send(typeof body === 'string' ? body : Buffer.from(body));
}

/**
 * Sends the concatenation of `pieces` like sendWithEtag (same ETag as for the joined string), writing
 * the pieces one by one as the client takes them. The pieces are held as bytes until sent.
 */
export async function sendPiecesWithEtag(req: Request, res: Response, pieces: Iterable<string>, type: string): Promise<void> {
  const hash = createHash('sha256');
  const bufs: Buffer[] = [];
  let length = 0;
  for (const piece of pieces) {
    const buf = Buffer.from(piece, 'utf8');
    hash.update(buf);
    bufs.push(buf);
    length += buf.length;
  }
  if (answeredNotModified(req, res, etagOf(hash))) return;
  res.type(type);
  res.set('Content-Length', String(length));
  for (let i = 0; i < bufs.length; i++) {
    if (res.destroyed) return; // the client left
    const more = res.write(bufs[i]);
    bufs[i] = EMPTY; // let what was written go
    if (!more) await drained(res);
  }
  res.end();
}

const EMPTY = Buffer.alloc(0);

// Resolves when `res` can take more, or has closed; leaves no listener behind.
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
