// What every router gets: the shared, mutable graph, the optional store, the frozen config and the
// write guard. Routers read `ctx.graph` on each request, so an article router may add to the graph
// in place (addArticle) or swap in a rebuilt one (`ctx.graph = ...`) and every route sees it at once.
import type { RequestHandler, Router } from 'express';
import type { DiploGraph } from '../../../graph/build.js';
import type { GraphChanges } from '../../../ingest/index.js';
import type { Store } from '../../../store/index.js';
import type { ServerConfig } from '../../config.js';

/** The state shared by the routers of one app. */
export interface AppContext {
  /** The live graph; mutable and shared by every route. */
  graph: DiploGraph;
  /** The store, when the app runs on one (tests may run on a graph alone). */
  store?: Store;
  config: Readonly<ServerConfig>;
  /** Where added articles are announced (the event stream listens). */
  changes: GraphChanges;
  /** Put before every write handler: `router.post('/', ...ctx.writeGuard, handler)`. */
  writeGuard: RequestHandler[];
}

/** One entry of the router registry (routes/index.ts). */
export interface RouteModule {
  /** Short name, for logs and docs. */
  name: string;
  /** Mount path, e.g. "/api/actors". */
  path: string;
  /**
   * Its GET answers depend on the graph alone (and on store rows that change only with it), so
   * they may be kept until the graph changes (middleware/response-cache.ts).
   */
  cached?: boolean;
  /** Builds the router; called once per app. */
  create(ctx: AppContext): Router;
}
