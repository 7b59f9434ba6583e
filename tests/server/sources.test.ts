// GET /api/sources and the event stream: watched sources with their status, and a push to open
// viewers when articles enter the graph (here through POST /api/articles, the watcher's own path).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { graphFromStore } from '../../src/ingest/index.js';
import { createApp } from '../../src/server/app.js';
import { createConfig } from '../../src/server/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { addSource } from '../../src/watch/index.js';

let store: Store;
let server: http.Server | null = null;
afterEach(async () => {
  if (server) await new Promise<void>((r) => { server!.closeAllConnections(); server!.close(() => r()); });
  server = null;
  store?.close();
});

const appOn = async (s: Store) => createApp({ graph: await graphFromStore(s), store: s, config: createConfig({}), webRoot: '/nonexistent-web-root', log: () => {} });

describe('GET /api/sources', () => {
  describe('when a source has failed', () => {
    it('responds with its status, the reason and its link counts', async () => {
      store = await openStore(':memory:');
      const s = await addSource(store, { url: 'https://news.test/feed.xml', name: 'World', now: new Date('2024-06-01T00:00:00Z') });
      await store.sources.update(s.id, { lastPollAt: '2024-06-01T00:00:01Z', lastErrorAt: '2024-06-01T00:00:01Z', lastError: 'HTTP 500', failures: 1 });
      await store.sources.recordItem(s.id, { link: 'https://news.test/a', outcome: 'ingested', detail: 'a', now: '2024-06-01T00:00:01Z' });
      const res = await request(await appOn(store)).get('/api/sources').expect(200);
      expect(res.body).toMatchObject({ total: 1, items: [{ id: s.id, name: 'World', status: 'failing', lastError: 'HTTP 500', every: '15m', items: { seen: 1, ingested: 1 } }] });
    });
  });

  describe('when the query has an unknown parameter', () => {
    it('responds 400 naming it', async () => {
      store = await openStore(':memory:');
      const res = await request(await appOn(store)).get('/api/sources?x=1').expect(400);
      expect(res.body.error.code).toBe('bad_parameter');
    });
  });
});

describe('GET /api/events/stream', () => {
  describe('when an article is added', () => {
    it('pushes an articles event with its id and its event count', async () => {
      store = await openStore(':memory:');
      const app = await appOn(store);
      server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server!.once('listening', r));
      const port = (server.address() as AddressInfo).port;
      const got = new Promise<string>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/api/events/stream' }, (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let buf = '';
          res.on('data', (c: Buffer) => {
            buf += c.toString();
            if (buf.includes('\n: connected')) {
              void request(app).post('/api/articles').send({ title: 'Talks', date: '2024-05-01', text: 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Monday.' }).then(() => {}, reject);
            }
            const m = /event: articles\ndata: (.*)\n\n/.exec(buf);
            if (m) { res.destroy(); resolve(m[1]!); }
          });
        }).on('error', reject);
      });
      const change = JSON.parse(await got) as { ids: string[]; events: number };
      expect(change.ids).toHaveLength(1);
      expect(change.events).toBeGreaterThan(0);
      expect(await store.hasArticle(change.ids[0]!)).toBe(true);
    });
  });
});
