// The router registry: one router per resource, mounted in this order by createApp.
//
// Adding a resource is one file and one line in ROUTES. A router with write routes (POST, PUT,
// PATCH, DELETE) puts `...ctx.writeGuard` before each write handler; the guard answers 403 when
// writes are off (HOST not loopback and no DIPLOGRAPH_TOKEN), 429 with Retry-After when a client
// writes too often, and 401 without `Authorization: Bearer <DIPLOGRAPH_TOKEN>` when a token is set:
//
//   export const articles: RouteModule = {
//     name: 'articles', path: '/api/articles',
//     create: (ctx) => Router().post('/', ...ctx.writeGuard, (req, res) => { addArticle(ctx.graph, ...) }),
//   };
//
// Bodies are already parsed (JSON; text/plain and application/x-ndjson as text) with the
// DIPLOGRAPH_MAX_BODY limit. Read `ctx.graph` on each request; mutate it in place or assign a
// rebuilt graph to `ctx.graph`, and every route sees the change at once. Throw HttpError (from
// ../middleware/http-error.js) for 4xx answers; the error middleware sends the JSON.
import { actors } from './actors.js';
import { articles } from './articles.js';
import { deleted } from './deleted.js';
import { dyads } from './dyads.js';
import { eventStream } from './event-stream.js';
import { events } from './events.js';
import { exportRoute } from './export.js';
import { graph } from './graph.js';
import { health } from './health.js';
import { docs, openapi } from './openapi.js';
import { path } from './path.js';
import { relations } from './relations.js';
import { search } from './search.js';
import { sources } from './sources.js';
import { states } from './states.js';
import { stats } from './stats.js';
import type { RouteModule } from './support/context.js';

export type { AppContext, RouteModule } from './support/context.js';
export { writeGuard } from '../middleware/write-guard.js';

/** Every router, in mount order. */
export const ROUTES: readonly RouteModule[] = [
  // the event stream before events, whose router would read "stream" as an event id
  health, graph, search, eventStream, events, deleted, sources, actors, articles, relations, path, states, dyads, stats, exportRoute, openapi, docs,
];
