// GET /api/deleted?since=TIME — articles deleted since then, for clients that keep a copy in sync
// (ACLED's pattern). Read from the store's deletion log; an app run without a store answers 501.
import { Router } from 'express';
import { notAvailable } from '../middleware/http-error.js';
import type { AppContext, RouteModule } from './support/context.js';
import { onlyParams, timeParam } from './support/params.js';

interface DeletionLog { deletedArticlesSince(since: string): Array<{ id: string; deletedAt: string }> }

const deletionLog = (ctx: AppContext): DeletionLog | null => {
  const s = ctx.store as unknown as Partial<DeletionLog> | undefined;
  return s && typeof s.deletedArticlesSince === 'function' ? (s as DeletionLog) : null;
};

/** Deletions since a time. */
export const deleted: RouteModule = {
  name: 'deleted',
  path: '/api/deleted',
  create: (ctx) => Router().get('/', (req, res) => {
    onlyParams(req.query, ['since']);
    const since = timeParam(req.query, 'since', true)!;
    const log = deletionLog(ctx);
    if (!log) throw notAvailable('The deletion feed (this server runs without a store)');
    const items = log.deletedArticlesSince(since);
    res.json({ since, total: items.length, truncated: false, items });
  }),
};
