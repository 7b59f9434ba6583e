// GET /api/sources — the watched feeds and sitemaps with their status: last good poll, last error
// with its reason, the next poll, and counts of links seen, ingested, duplicate, failed, retried.
import { Router } from 'express';
import { describeSource } from '../../watch/index.js';
import { notAvailable } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { onlyParams } from './support/params.js';

/** The watched sources. */
export const sources: RouteModule = {
  name: 'sources',
  path: '/api/sources',
  create: (ctx) => Router().get('/', async (req, res) => {
    onlyParams(req.query, []);
    if (!ctx.store?.sources) throw notAvailable('The source list (this server runs without a store)');
    const items = (await ctx.store.sources.list()).map(describeSource);
    res.json({ total: items.length, items });
  }),
};
