// GET /api/graph: the graph in graphology's serialized JSON (Graph.from rebuilds it), cut by the
// shared filters, as actors or rolled up to states; with an ETag for cheap revalidation.
import { Router } from 'express';
import { GRAPH_VIEWS, graphView, type GraphView } from '../../graph/queries/index.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, onlyParams, single } from './support/params.js';
import { badParam } from '../middleware/http-error.js';
import { jsonChunks } from './support/json-chunks.js';
import { sendPiecesWithEtag } from './support/send.js';

/** Reads `view` (actors or states). */
export function viewParam(query: Record<string, unknown>): GraphView {
  const v = single(query as never, 'view') ?? 'actors';
  if (!(GRAPH_VIEWS as readonly string[]).includes(v)) throw badParam('view', `must be one of ${GRAPH_VIEWS.join(', ')}, got "${v}".`);
  return v as GraphView;
}

/** The whole (filtered) graph. */
export const graph: RouteModule = {
  name: 'graph',
  path: '/api/graph',
  create: (ctx) => Router().get('/', async (req, res) => {
    onlyParams(req.query, [...FILTER_PARAMS, 'view']);
    const view = viewParam(req.query);
    const filter = requestFilter(req, ctx);
    // in pieces: the whole graph as one string nears V8's string limit on large stores
    const exported = graphView(ctx.graph, filter, view).export() as unknown as Record<string, unknown>;
    await sendPiecesWithEtag(req, res, jsonChunks(exported), 'application/json');
  }),
};
