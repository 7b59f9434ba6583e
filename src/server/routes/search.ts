// GET /api/search?q= — actors by any name form, ignoring case and accents, best match first.
import { Router } from 'express';
import { searchPage, type SearchHit } from '../../graph/queries/index.js';
import { badParam } from '../middleware/http-error.js';
import { graphRevision } from '../../graph/revision.js';
import type { AppContext, RouteModule } from './support/context.js';
import { PAGE_PARAMS, checkIso3, onlyParams, pageParams, required, single } from './support/params.js';
import { sendPage } from './support/send.js';
import { ENTITY_KINDS, isEntityKind } from '../../types/index.js';

/** Actor search. */
export const search: RouteModule = {
  name: 'search',
  path: '/api/search',
  cached: true,
  create: (ctx) => {
    // one lookup per app, so the search index keeps the store's forms between requests; the forms
    // are read (one batch) again when the graph changes, since the store is asynchronous
    const store = ctx.store;
    const kept = new Map<string, string[]>();
    let keptAt: { graph: AppContext['graph']; revision: number } | null = null;
    const forms = store ? (id: string) => kept.get(id) ?? [] : undefined;
    const refresh = async () => {
      const at = { graph: ctx.graph, revision: graphRevision(ctx.graph) };
      if (!store || (keptAt && keptAt.graph === at.graph && keptAt.revision === at.revision)) return;
      const read = await store.actorFormsOf(at.graph.nodes());
      kept.clear();
      for (const [id, f] of read) kept.set(id, f);
      keptAt = at;
    };
    return Router().get('/', async (req, res) => {
      await refresh();
      onlyParams(req.query, ['q', 'kind', 'state', ...PAGE_PARAMS]);
      const q = required(req.query, 'q');
      if (q.length > 200) throw badParam('q', 'must be at most 200 characters.');
      const kind = single(req.query, 'kind');
      if (kind !== undefined && !isEntityKind(kind)) throw badParam('kind', `must be one of ${ENTITY_KINDS.join(', ')}.`);
      const rawState = single(req.query, 'state');
      const state = rawState === undefined ? undefined : checkIso3(rawState, 'state');
      const keep = (h: SearchHit) => (!kind || h.kind === kind) && (!state || h.state === state);
      sendPage(res, searchPage(ctx.graph, q, forms, keep, pageParams(req.query)), { q });
    });
  },
};
