// GET /api/states/:iso/relations — a state's relations with every other state, actors rolled up to
// the state they act for: counts per event type, first and last date, monthly timeline.
import { Router } from 'express';
import { hasState, stateLabel, stateRelations } from '../../graph/queries/index.js';
import { notFound } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { FILTER_PARAMS, checkIso3, onlyParams } from './support/params.js';

/** State roll-ups. */
export const states: RouteModule = {
  name: 'states',
  path: '/api/states',
  cached: true,
  create: (ctx) => Router().get('/:iso/relations', (req, res) => {
    onlyParams(req.query, FILTER_PARAMS.filter((p) => p !== 'state'));
    const iso = checkIso3(req.params.iso, 'iso');
    if (!hasState(ctx.graph, iso)) throw notFound(`State "${iso}"`);
    const counterparts = stateRelations(ctx.graph, iso, requestFilter(req, ctx));
    res.json({ state: iso, label: stateLabel(ctx.graph, iso), total: counterparts.length, counterparts });
  }),
};
