// The response cache: a read asked again is answered from the kept bytes until the graph changes,
// through any write route; bad requests and unauthorized ones are never answered from it.
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraph } from '../../../src/graph/build.js';
import { createApp } from '../../../src/server/app.js';
import { createConfig, type ConfigOptions } from '../../../src/server/config.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { makeApp } from '../helpers.js';
import { IDS } from '../../fixtures/diplomatic-articles.js';

const stores: Store[] = [];
afterEach(async () => { for (const s of stores.splice(0)) await s.close(); });

async function withStore(config: ConfigOptions = {}) {
  const store = await openStore(':memory:');
  stores.push(store);
  const graph = createGraph();
  const app = createApp({ graph, store, log: () => {}, webRoot: '/nonexistent-web-root', config: createConfig({ writeRateLimit: 1000, ...config }) });
  return { app, graph, store };
}

const MEETING = 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Thursday.';
const ACCUSATION = 'Azerbaijani President Ilham Aliyev accused Armenian Prime Minister Nikol Pashinyan of provocations on Monday.';

describe('a read asked twice', () => {
  it('is answered the second time from the kept bytes, with the same body and ETag', async () => {
    const app = makeApp();
    const url = `/api/relations?a=${encodeURIComponent(IDS.macron)}&b=${encodeURIComponent(IDS.pashinyan)}`;
    const first = await request(app).get(url);
    const second = await request(app).get(url);
    expect(first.status).toBe(200);
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers.etag).toBe(first.headers.etag);
    const revalidated = await request(app).get(url).set('If-None-Match', first.headers.etag!);
    expect(revalidated.status).toBe(304);
  });

  it('is computed again for another query string', async () => {
    const app = makeApp();
    expect((await request(app).get('/api/search?q=macron')).headers['x-cache']).toBe('miss');
    const other = await request(app).get('/api/search?q=aliyev');
    expect(other.headers['x-cache']).toBe('miss');
    expect(other.body.items[0].id).toBe(IDS.aliyev);
  });

  it('keeps a not-found answer, but not a bad request', async () => {
    const app = makeApp();
    const missing = [await request(app).get('/api/actors/person:nobody'), await request(app).get('/api/actors/person:nobody')];
    expect(missing.map((r) => [r.status, r.headers['x-cache']])).toEqual([[404, 'miss'], [404, 'hit']]);
    expect(missing[1].body).toEqual(missing[0].body);
    for (let i = 0; i < 2; i++) {
      const res = await request(app).get('/api/search?q=macron&limit=0');
      expect(res.status).toBe(400);
      expect(res.headers['x-cache']).toBe('miss');
    }
  });

  it('is computed every time when DIPLOGRAPH_CACHE is 0', async () => {
    const app = makeApp({ config: { cacheBytes: 0 } });
    for (let i = 0; i < 2; i++) expect((await request(app).get('/api/search?q=macron')).headers['x-cache']).toBeUndefined();
  });

  it('is not given to a client without the read token', async () => {
    const app = makeApp({ config: { readToken: 'read-token-123' } });
    const ok = await request(app).get('/api/search?q=macron').set('Authorization', 'Bearer read-token-123');
    expect(ok.status).toBe(200);
    const denied = await request(app).get('/api/search?q=macron');
    expect(denied.status).toBe(401);
    expect(denied.text).not.toContain(IDS.macron);
  });
});

describe('a kept answer after the graph changes', () => {
  it('is computed again once an article is added, and shows the new article', async () => {
    const { app } = await withStore();
    expect((await request(app).post('/api/articles').send({ title: 'Paris talks', text: MEETING })).status).toBe(201);
    const before = await request(app).get('/api/search?q=pashinyan');
    expect((await request(app).get('/api/search?q=pashinyan')).headers['x-cache']).toBe('hit');
    const id = before.body.items[0].id as string;
    const events = await request(app).get(`/api/events?actor=${encodeURIComponent(id)}`);
    // the meeting in Paris is also Pashinyan's visit to France
    expect(events.body.items.map((e: { type: string }) => e.type).sort()).toEqual(['meeting', 'visit']);

    expect((await request(app).post('/api/articles').send({ title: 'Baku accuses', text: ACCUSATION })).status).toBe(201);
    const after = await request(app).get(`/api/events?actor=${encodeURIComponent(id)}`);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.total).toBe(3);
    expect(after.body.items.map((e: { type: string }) => e.type).sort()).toEqual(['accusation', 'meeting', 'visit']);
  });

  it('is computed again once an article is deleted, and no longer shows it', async () => {
    const { app } = await withStore();
    await request(app).post('/api/articles').send({ title: 'Paris talks', text: MEETING });
    const added = await request(app).post('/api/articles').send({ title: 'Baku accuses', text: ACCUSATION });
    const search = await request(app).get('/api/search?q=aliyev');
    expect(search.body.total).toBe(1);
    expect((await request(app).get('/api/search?q=aliyev')).headers['x-cache']).toBe('hit');

    expect((await request(app).delete(`/api/articles/${added.body.id}`)).status).toBe(200);
    const after = await request(app).get('/api/search?q=aliyev');
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.total).toBe(0);
  });
});
