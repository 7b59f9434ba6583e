// HTTP tests for /api/articles on a real in-memory store: add (JSON, HTML, plain text, NDJSON),
// duplicates, delete, list and read; the live graph follows every write.
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/build.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createApp } from '../../src/server/app.js';
import { createConfig } from '../../src/server/config.js';

const stores: Store[] = [];
afterEach(async () => { for (const s of stores.splice(0)) await s.close(); });

async function setup() {
  const store = await openStore(':memory:');
  stores.push(store);
  const graph = createGraph();
  const app = createApp({ graph, store, config: createConfig({ writeRateLimit: 1000 }) });
  return { app, graph, store };
}

const TEXT = 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Thursday. Macron praised Armenia.';

describe('POST /api/articles', () => {
  describe('when the body is a JSON article', () => {
    it('responds 201 with the article id, its actors and its events, and the graph has them at once', async () => {
      const { app, graph } = await setup();
      const res = await request(app).post('/api/articles').send({ title: 'Macron meets Pashinyan', date: '2024-05-02', text: TEXT });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: 'macron-meets-pashinyan', status: 'added', title: 'Macron meets Pashinyan', date: '2024-05-02' });
      for (const e of res.body.entities) expect(graph.hasNode(e.actorId)).toBe(true);
      for (const ev of res.body.events) expect(TEXT.slice(ev.start, ev.end)).toBe(ev.sentence);
    });

    it('responds 200 "duplicate" to the same article sent again and stores nothing more', async () => {
      const { app, store } = await setup();
      await request(app).post('/api/articles').send({ url: 'https://ex.org/a', text: TEXT });
      const res = await request(app).post('/api/articles').send({ url: 'https://ex.org/a', text: `${TEXT} (updated)` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'duplicate', duplicateOf: res.body.id });
      expect((await store.stats()).articles).toBe(1);
    });

    it('responds 400 naming the problem when the text is missing', async () => {
      const res = await request((await setup()).app).post('/api/articles').send({ title: 'No text' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/"text" must be a non-empty string/);
    });
  });

  describe('when the body is an HTML page', () => {
    it('stores the main text without the newsletter prompt', async () => {
      const { app, store } = await setup();
      const page = `<html><head><title>Talks</title></head><body><article><p>${TEXT}</p><p>Get the Mirror in your inbox:</p></article></body></html>`;
      const res = await request(app).post('/api/articles').set('content-type', 'text/html').send(page);
      expect(res.status).toBe(201);
      const text = (await store.getArticle(res.body.id))!.text;
      expect(text).toContain('Macron met Armenian Prime Minister');
      expect(text).not.toMatch(/inbox/);
    });
  });

  describe('when the body is plain text', () => {
    it('takes title and date from the query', async () => {
      const res = await request((await setup()).app).post('/api/articles?title=Paris%20talks&date=2024-05-02').set('content-type', 'text/plain').send(TEXT);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: 'paris-talks', date: '2024-05-02' });
    });
  });

  describe('when the body is NDJSON', () => {
    it('adds every line and answers one item per line', async () => {
      const body = [JSON.stringify({ id: 'one', text: TEXT }), JSON.stringify({ id: 'two', text: 'Russia rejected the accusation.' })].join('\n');
      const res = await request((await setup()).app).post('/api/articles').set('content-type', 'application/x-ndjson').send(body);
      expect(res.status).toBe(201);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(['one', 'two']);
    });
  });
});

describe('DELETE /api/articles/:id', () => {
  it('removes the article and the actors only it mentioned, from the store and the graph', async () => {
    const { app, graph, store } = await setup();
    const added = await request(app).post('/api/articles').send({ id: 'a1', text: TEXT });
    const res = await request(app).delete('/api/articles/a1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'a1', deleted: true });
    expect(await store.getArticle('a1')).toBeNull();
    for (const e of added.body.entities) expect(graph.hasNode(e.actorId)).toBe(false);
  });

  it('responds 404 for an unknown article', async () => {
    const res = await request((await setup()).app).delete('/api/articles/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('GET /api/articles', () => {
  it('responds with a page of summaries and the offset of the next one', async () => {
    const { app } = await setup();
    for (const id of ['a', 'b', 'c']) await request(app).post('/api/articles').send({ id, text: `${id}: ${TEXT}` });
    const res = await request(app).get('/api/articles?limit=2');
    expect(res.body).toMatchObject({ total: 3, offset: 0, limit: 2, nextOffset: 2 });
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual(['a', 'b']);
    const last = await request(app).get('/api/articles?limit=2&offset=2');
    expect(last.body).toMatchObject({ nextOffset: null, items: [{ id: 'c' }] });
  });
});

describe('GET /api/articles/:id', () => {
  it('responds with the text, the entities and the events of the article', async () => {
    const { app } = await setup();
    await request(app).post('/api/articles').send({ id: 'a1', title: 'T', text: TEXT });
    const res = await request(app).get('/api/articles/a1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'a1', title: 'T', text: TEXT });
    expect(Array.isArray(res.body.events)).toBe(true);
  });

  it('responds 404 for an unknown article', async () => {
    expect((await request((await setup()).app).get('/api/articles/nope')).status).toBe(404);
  });
});
