// /api/actors/:id — one actor with its counts (and its name forms from the store), its meetings
// by counterpart, and its ego network.
import { Router } from 'express';
import { actorMeetings, egoNetwork, getActor } from '../../graph/queries/index.js';
import { notFound } from '../middleware/http-error.js';
import type { AppContext, RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, checkId, intParam, onlyParams } from './support/params.js';

const ACTOR_FILTERS = FILTER_PARAMS.filter((p) => p !== 'actor');

function actorId(ctx: AppContext, raw: string): string {
  const id = checkId(raw, 'id');
  if (!ctx.graph.hasNode(id)) throw notFound(`Actor "${id}"`);
  return id;
}

/** Actor detail, meetings and neighbours. */
export const actors: RouteModule = {
  name: 'actors',
  path: '/api/actors',
  cached: true,
  create: (ctx) => {
    const r = Router();
    r.get('/:id', async (req, res) => {
      onlyParams(req.query, ACTOR_FILTERS);
      const id = actorId(ctx, req.params.id);
      const actor = getActor(ctx.graph, id, requestFilter(req, ctx))!;
      const stored = (await ctx.store?.getActor(id)) ?? null;
      res.json({
        ...actor,
        names: stored ? stored.names : null,
        roles: stored ? stored.roles : null,
      });
    });
    r.get('/:id/meetings', (req, res) => {
      onlyParams(req.query, ACTOR_FILTERS.filter((p) => p !== 'type'));
      const id = actorId(ctx, req.params.id);
      const counterparts = actorMeetings(ctx.graph, id, requestFilter(req, ctx))!;
      res.json({
        actor: id,
        total: counterparts.reduce((n, c) => n + c.meetings.length, 0),
        counterparts,
      });
    });
    r.get('/:id/neighbors', (req, res) => {
      onlyParams(req.query, [...ACTOR_FILTERS, 'depth']);
      const depth = intParam(req.query, 'depth', 1, 3) ?? 1;
      const id = actorId(ctx, req.params.id);
      res.json(egoNetwork(ctx.graph, id, depth, requestFilter(req, ctx))!.export());
    });
    return r;
  },
};
