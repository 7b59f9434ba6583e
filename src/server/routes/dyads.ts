// GET /api/dyads/:isoA/:isoB — the relation between two states rolled up (counts each way, dates,
// monthly timeline) and one page of its events with evidence.
import { Router } from 'express';
import { dyadEventKeys, eventSortKey, eventView, hasState, paginate, stateLabel, summarizeDyad } from '../../graph/queries/index.js';
import { notFound } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, PAGE_PARAMS, checkIso3, onlyParams, pageParams } from './support/params.js';
import { articleLookup } from './support/store-reads.js';

/** One dyad of states. */
export const dyads: RouteModule = {
  name: 'dyads',
  path: '/api/dyads',
  cached: true,
  create: (ctx) => Router().get('/:isoA/:isoB', (req, res) => {
    onlyParams(req.query, [...FILTER_PARAMS.filter((p) => p !== 'state'), ...PAGE_PARAMS]);
    const a = checkIso3(req.params.isoA, 'isoA');
    const b = checkIso3(req.params.isoB, 'isoB');
    for (const iso of [a, b]) if (!hasState(ctx.graph, iso)) throw notFound(`State "${iso}"`);
    const graph = ctx.graph;
    const keys = dyadEventKeys(graph, a, b, requestFilter(req, ctx));
    const page = paginate(keys, (k) => eventSortKey(graph, k), pageParams(req.query));
    const lookup = articleLookup(ctx);
    res.json({
      ...summarizeDyad(graph, a, b, keys),
      labels: { a: stateLabel(graph, a), b: stateLabel(graph, b) },
      events: { total: page.total, truncated: page.truncated, nextCursor: page.nextCursor, items: page.items.map((k) => eventView(graph, k, lookup)) },
    });
  }),
};
