// GET /api/events/stream — Server-Sent Events: an `articles` event each time articles enter the graph
// (POST /api/articles or a watched source), with their ids and how many events they brought, so an
// open viewer can offer them without a reload. A comment every 25 s keeps proxies from closing it.
import { Router } from 'express';
import type { RouteModule } from './support/context.js';
import { onlyParams } from './support/params.js';

/** How often an idle stream sends a keep-alive comment. */
export const HEARTBEAT_MS = 25_000;

/** The live stream of graph changes. */
export const eventStream: RouteModule = {
  name: 'event-stream',
  path: '/api/events/stream',
  create: (ctx) => Router().get('/', (req, res) => {
    onlyParams(req.query, []);
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive', 'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write('retry: 5000\n: connected\n\n');
    const unsubscribe = ctx.changes.subscribe((change) => {
      res.write(`event: articles\ndata: ${JSON.stringify(change)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }),
};
