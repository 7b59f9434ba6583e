// GET /api/relations?a=ID&b=ID — every event between two actors, both directions, with evidence.
import { Router } from 'express';
import { eventsBetween } from '../../graph/queries/index.js';
import { notFound } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, PAGE_PARAMS, checkId, onlyParams, pageParams, required } from './support/params.js';
import { sendPage } from './support/send.js';
import { articleLookup } from './support/store-reads.js';

/** Events between two actors. */
export const relations: RouteModule = {
  name: 'relations',
  path: '/api/relations',
  cached: true,
  create: (ctx) => Router().get('/', (req, res) => {
    onlyParams(req.query, ['a', 'b', ...FILTER_PARAMS.filter((p) => p !== 'actor'), ...PAGE_PARAMS]);
    const a = checkId(required(req.query, 'a'), 'a');
    const b = checkId(required(req.query, 'b'), 'b');
    // every parameter is checked before the actors are looked up, so a bad one is a 400 whatever the ids
    const paging = pageParams(req.query);
    const filter = requestFilter(req, ctx);
    for (const id of [a, b]) if (!ctx.graph.hasNode(id)) throw notFound(`Actor "${id}"`);
    const page = eventsBetween(ctx.graph, a, b, filter, paging, articleLookup(ctx));
    sendPage(res, page, { a, b });
  }),
};
