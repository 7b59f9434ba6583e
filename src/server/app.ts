// The HTTP app: createApp(deps) wires security headers, CORS, timeouts, auth, body parsing, the
// router registry, the viewer's static files, a JSON 404 and the error middleware. It never
// listens: main.ts does, and tests drive the app with supertest.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express } from 'express';
import type { DiploGraph } from '../graph/build.js';
import { GraphChanges } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { createConfig, type ServerConfig } from './config.js';
import { bodyParsers } from './middleware/body.js';
import { cors } from './middleware/cors.js';
import { errorHandler, notFoundHandler } from './middleware/error-handler.js';
import { readGuard } from './middleware/read-guard.js';
import { safeIds } from './middleware/safe-ids.js';
import { securityHeaders } from './middleware/security.js';
import { responseCache } from './middleware/response-cache.js';
import { requestTimeout } from './middleware/timeout.js';
import { writeGuard } from './middleware/write-guard.js';
import { ROUTES, type AppContext, type RouteModule } from './routes/index.js';
import { storeReads } from './routes/support/store-reads.js';

/** What the app is built from. */
export interface AppDeps {
  /** The live graph; shared and mutable (see AppContext). */
  graph: DiploGraph;
  /** The store; optional so tests can run on a graph alone. */
  store?: Store;
  /** Parsed configuration (loadConfig()); defaults when left out. */
  config?: Readonly<ServerConfig>;
  /** Folder of the built viewer, served at /; default web/dist. */
  webRoot?: string;
  /** Routers to mount; default the registry ROUTES. */
  routes?: readonly RouteModule[];
  /** Where added articles are announced; a new one by default. Give the watcher's to share it. */
  changes?: GraphChanges;
  /** Where unexpected errors are logged; default console.error. */
  log?: (err: unknown) => void;
}

/** The message `/` answers when the viewer has not been built. */
export const VIEWER_MISSING = 'The viewer is not built. Run "npm run build" and reload; the JSON API is at /api (see /api/docs).';

/** Builds the Express app; the shared context is at `app.locals.ctx`. */
export function createApp(deps: AppDeps): Express {
  const config = deps.config ?? createConfig();
  const ctx: AppContext = { graph: deps.graph, store: deps.store, config, changes: deps.changes ?? new GraphChanges(), writeGuard: writeGuard(config) };
  const webRoot = resolve(deps.webRoot ?? 'web/dist');
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.locals.ctx = ctx;

  app.use(securityHeaders(), cors(config.corsOrigins), requestTimeout(config.requestTimeoutMs), safeIds());
  app.use('/api', readGuard(config), ...bodyParsers(config.maxBodyBytes), storeReads(ctx));
  const cache = responseCache(() => ctx.graph, config.cacheBytes);
  for (const route of deps.routes ?? ROUTES) app.use(route.path, ...(route.cached ? [cache] : []), route.create(ctx));

  app.use(express.static(webRoot, { index: 'index.html', fallthrough: true }));
  app.get('/', (_req, res) => {
    if (existsSync(resolve(webRoot, 'index.html'))) return res.sendFile(resolve(webRoot, 'index.html'));
    res.status(503).type('text/plain').send(VIEWER_MISSING);
  });
  app.use(notFoundHandler());
  app.use(errorHandler(deps.log));
  return app;
}
