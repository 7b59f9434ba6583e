// GET /api/path?from=ID&to=ID — the shortest chain of events between two actors, each step with
// its events as evidence (the first eventsPerStep by date, with the step's total). Here `from`/`to` name the actors, so the date range is fromDate/toDate;
// `type`, dates and the other filters restrict which events may be links.
import { Router } from 'express';
import { shortestEventPath } from '../../graph/queries/index.js';
import { HttpError, notFound } from '../middleware/http-error.js';
import type { RouteModule } from './support/context.js';
import { requestFilter } from './support/filter.js';
import { LIMITS, checkId, intParam, onlyParams, required } from './support/params.js';
import { articleLookup } from './support/store-reads.js';

const PATH_PARAMS = ['from', 'to', 'fromDate', 'toDate', 'type', 'state', 'article', 'minConfidence', 'includeContext', 'asOf', 'eventsPerStep'];
/** Events shown per step unless eventsPerStep says otherwise. */
export const EVENTS_PER_STEP = 20;

/** Shortest chain of events. */
export const path: RouteModule = {
  name: 'path',
  path: '/api/path',
  cached: true,
  create: (ctx) => Router().get('/', (req, res) => {
    onlyParams(req.query, PATH_PARAMS);
    const fromId = checkId(required(req.query, 'from'), 'from');
    const toId = checkId(required(req.query, 'to'), 'to');
    for (const id of [fromId, toId]) if (!ctx.graph.hasNode(id)) throw notFound(`Actor "${id}"`);
    const eventsPerStep = intParam(req.query, 'eventsPerStep', 1, LIMITS.max) ?? EVENTS_PER_STEP;
    const { from: _f, to: _t, fromDate, toDate, eventsPerStep: _e, ...rest } = req.query;
    const query = { ...rest, ...(fromDate === undefined ? {} : { from: fromDate }), ...(toDate === undefined ? {} : { to: toDate }) };
    let filter;
    try {
      filter = requestFilter({ query } as never, ctx);
    } catch (e) {
      // Name the parameter as this route spells it.
      if (e instanceof HttpError) throw new HttpError(e.status, e.code, e.message.replace('"from"', '"fromDate"').replace('"to"', '"toDate"'));
      throw e;
    }
    const found = shortestEventPath(ctx.graph, fromId, toId, filter, articleLookup(ctx), eventsPerStep);
    if (!found) throw new HttpError(404, 'no_path', `No chain of events links "${fromId}" and "${toId}" under these filters.`);
    res.json(found);
  }),
};
