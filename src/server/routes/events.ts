// GET /api/events — events with evidence, filtered and paged; `updatedSince` keeps events of
// articles ingested since then (needs the store). GET /api/events/:id — one event (and its reports).
import { Router } from 'express';
import { eventView, listEvents } from '../../graph/queries/index.js';
import { notAvailable, notFound } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, PAGE_PARAMS, checkId, onlyParams, pageParams, timeParam } from './support/params.js';
import { sendPage } from './support/send.js';
import { articleLookup, articlesIngestedSince } from './support/store-reads.js';

/** Event lists and event detail. */
export const events: RouteModule = {
  name: 'events',
  path: '/api/events',
  cached: true,
  create: (ctx) => {
    const r = Router();
    r.get('/', (req, res) => {
      onlyParams(req.query, [...FILTER_PARAMS, ...PAGE_PARAMS, 'updatedSince']);
      const filter = requestFilter(req, ctx);
      const since = timeParam(req.query, 'updatedSince');
      if (since) {
        const ids = articlesIngestedSince(ctx, since);
        if (!ids) throw notAvailable('updatedSince (it needs the article store)');
        filter.articles = filter.articles ? new Set([...ids].filter((x) => filter.articles!.has(x))) : ids;
      }
      sendPage(res, listEvents(ctx.graph, filter, pageParams(req.query), articleLookup(ctx)));
    });
    r.get('/:id', async (req, res) => {
      onlyParams(req.query, []);
      const id = checkId(req.params.id, 'id');
      const graph = ctx.graph;
      if (!graph.hasEdge(id) || graph.getEdgeAttribute(id, 'type') === 'affiliation') throw notFound(`Event "${id}"`);
      const view = eventView(graph, id, articleLookup(ctx));
      const article = view.evidence.article.id;
      // Edge keys are "<article>:<event>"; the store knows the event by the part after the article.
      const stored = ctx.store && article && id.startsWith(`${article}:`) ? await ctx.store.getEvent(id.slice(article.length + 1)) : null;
      res.json({ ...view, reports: stored?.reports ?? null, reportCount: stored?.reportCount ?? null });
    });
    return r;
  },
};
