// The server for the e2e tests, in-process on 127.0.0.1, port 0: the project's createApp when it is
// there, else a stand-in that serves web/dist and a fixture graph with the same security headers.
import express from 'express';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Graph from 'graphology';
import type { Server } from 'node:http';
import { ROOT, WEB_DIST } from './build-web.js';

/** A running server. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Reads a fixture graph (serialized JSON) from tests/fixtures. */
export function readFixture(name: string): object {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures', name), 'utf8'));
}

async function standIn(serialized: object): Promise<express.Express> {
  const { securityHeaders } = await import('../../../src/server/middleware/security.js');
  const app = express();
  app.use(securityHeaders());
  app.get('/api/graph', (_req, res) => { res.json(serialized); });
  app.use('/api', (_req, res) => { res.status(404).json({ error: { code: 'not_found', message: 'Not found' } }); });
  app.use(express.static(WEB_DIST));
  return app;
}

async function projectApp(serialized: object): Promise<express.Express | null> {
  const file = path.join(ROOT, 'src/server/app.ts');
  if (!fs.existsSync(file)) return null;
  const mod = (await import('../../../src/server/app.js')) as { createApp?: (deps: object) => express.Express };
  if (typeof mod.createApp !== 'function') return null;
  // The serialized options (directed, multi) make it the same kind of graph the server builds.
  const graph = Graph.from(serialized as never);
  return mod.createApp({ graph, webRoot: WEB_DIST });
}

/** Starts a server with `serialized` as the graph; close it with the returned handle. */
export async function startServer(serialized: object): Promise<TestServer> {
  const app = (await projectApp(serialized).catch(() => null)) ?? (await standIn(serialized));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}
