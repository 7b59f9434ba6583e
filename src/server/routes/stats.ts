// GET /api/stats — totals over the (filtered) graph, and the store's row counts when there is one.
import { Router } from 'express';
import { graphStats } from '../../graph/queries/index.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, onlyParams } from './support/params.js';

/** Totals. */
export const stats: RouteModule = {
  name: 'stats',
  path: '/api/stats',
  create: (ctx) => Router().get('/', async (req, res) => {
    onlyParams(req.query, FILTER_PARAMS);
    res.json({ ...graphStats(ctx.graph, requestFilter(req, ctx)), store: ctx.store ? await ctx.store.stats() : null });
  }),
};
