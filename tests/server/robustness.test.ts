// HTTP tests for bad input at the edge, on a real in-memory store: malformed and mistyped bodies,
// unknown media types, non-UTF-8 bytes, empty and huge articles, bad limits and ids. Every answer is a
// 4xx with a JSON error naming the problem, and nothing is stored half-way.
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraph, type DiploGraph } from '../../src/graph/build.js';
import { createApp } from '../../src/server/app.js';
import { createConfig, type ConfigOptions } from '../../src/server/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { listen, type RawResponse } from './robustness-client.js';

const stores: Store[] = [];
afterEach(async () => { for (const s of stores.splice(0)) await s.close(); });

const TOKEN = 'write-secret-123';
const TEXT = 'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Thursday.';

async function setup(config: ConfigOptions = {}) {
  const store = await openStore(':memory:');
  stores.push(store);
  const graph = createGraph();
  const app = createApp({ graph, store, webRoot: '/nonexistent-web-root', log: () => {}, config: createConfig({ writeRateLimit: 10_000, ...config }) });
  return { app, graph, store };
}

/** The store's row counts and the graph's serialization: what a rejected write must leave as it was. */
const snapshot = async (store: Store, graph: DiploGraph) => JSON.stringify({ stats: await store.stats(), graph: graph.export() });

/** Asserts the `{ error: { code, message } }` shape and returns the error. */
function jsonError(res: request.Response | RawResponse, status: number, code?: string): { code: string; message: string } {
  const body = res.body as { error?: { code: string; message: string } };
  expect(res.status).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  expect(typeof body.error?.message).toBe('string');
  if (code) expect(body.error!.code).toBe(code);
  return body.error!;
}

/** Posts raw bytes (supertest would re-serialize a Buffer under a JSON Content-Type). */
async function postRaw(app: import('express').Express, headers: Record<string, string>, body: Buffer): Promise<RawResponse> {
  const server = await listen(app);
  try {
    return await server.send('POST', '/api/articles', headers, body);
  } finally {
    await server.close();
  }
}

describe('POST /api/articles', () => {
  describe('when the body is malformed JSON', () => {
    it.each([['{"text": '], ['{"text": "a",}'], ["{'text': 'a'}"], ['"just a string"'], ['NaN']])('responds 400 malformed_json to %j', async (body) => {
      const { app, store, graph } = await setup();
      const before = await snapshot(store, graph);
      jsonError(await request(app).post('/api/articles').set('Content-Type', 'application/json').send(body), 400, 'malformed_json');
      expect(await snapshot(store, graph)).toBe(before);
    });
  });

  describe('when fields have the wrong type', () => {
    it.each([
      [{ text: 42 }, '"text" must be a non-empty string'],
      [{ text: ['a'] }, '"text" must be a non-empty string'],
      [{ text: TEXT, title: 5 }, '"title" must be a string or null'],
      [{ text: TEXT, url: { href: 'x' } }, '"url" must be a string or null'],
      [{ text: TEXT, date: 'last Tuesday' }, '"date" must be YYYY-MM-DD'],
      [[{ text: TEXT }], 'expected a JSON object'],
    ])('responds 400 bad_body naming the field for %j', async (body, message) => {
      const { app, store, graph } = await setup();
      const before = await snapshot(store, graph);
      const res = await request(app).post('/api/articles').set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect(jsonError(res, 400, 'bad_body').message).toContain(message);
      expect(await snapshot(store, graph)).toBe(before);
    });
  });

  describe('when the text is empty', () => {
    it.each([
      ['application/json', JSON.stringify({ text: '' })],
      ['application/json', JSON.stringify({ text: '   \n\t ' })],
      ['text/plain', ''],
      ['text/plain', '  \n  '],
      ['application/x-ndjson', '\n\n'],
      ['text/html', '<html><body></body></html>'],
    ])('responds 400 to %s %j and stores nothing', async (type, body) => {
      const { app, store } = await setup();
      jsonError(await request(app).post('/api/articles').set('Content-Type', type).send(body), 400, 'bad_body');
      expect((await store.stats()).articles).toBe(0);
    });
  });

  describe('when an HTML page is broken', () => {
    it.each(['<', '<html', `<html><ody><p>${TEXT}</p>`, `<html><bdy><p>${TEXT}`, '<!doctype html><html><head></head>'])('responds 201 or 400, never 500, to %j', async (page) => {
      const res = await request((await setup()).app).post('/api/articles').set('Content-Type', 'text/html').send(page);
      expect([201, 400]).toContain(res.status);
    });
  });

  describe('when the Content-Type is not an article format', () => {
    it.each(['application/xml', 'multipart/form-data; boundary=x', 'image/png', 'application/octet-stream'])('responds 415 naming the accepted types for %s', async (type) => {
      const { app, store } = await setup();
      const err = jsonError(await postRaw(app, { 'Content-Type': type }, Buffer.from(TEXT)), 415, 'unsupported_media_type');
      expect(err.message).toContain('application/json');
      expect((await store.stats()).articles).toBe(0);
    });
  });

  describe('when the body is not valid UTF-8', () => {
    const bad = Buffer.concat([Buffer.from('{"text": "Macron met '), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' Pashinyan."}')]);

    it.each([
      ['application/json', bad],
      ['application/json; charset=utf-8', bad],
      ['text/plain', Buffer.concat([Buffer.from(TEXT), Buffer.from([0xc0, 0xaf])])],
      ['text/html', Buffer.concat([Buffer.from(`<html><body><p>${TEXT}</p><p>`), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('</p></body></html>')])],
      ['application/x-ndjson', Buffer.concat([Buffer.from(`{"text": "${TEXT}"}\n{"text": "`), Buffer.from([0x80]), Buffer.from('"}')])],
    ])('responds 400 invalid_utf8 to %s and stores nothing', async (type, body) => {
      const { app, store } = await setup();
      jsonError(await postRaw(app, { 'Content-Type': type }, body), 400, 'invalid_utf8');
      expect((await store.stats()).articles).toBe(0);
    });

    it('responds 415 to a charset it does not know', async () => {
      const { app } = await setup();
      jsonError(await request(app).post('/api/articles').set('Content-Type', 'application/json; charset=klingon').send('{"text":"a"}'), 415, 'unsupported_encoding');
    });

    it('accepts text in a declared charset other than UTF-8', async () => {
      const { app, store } = await setup();
      const res = await postRaw(app, { 'Content-Type': 'text/plain; charset=iso-8859-1' }, Buffer.from(`${TEXT} Café.`, 'latin1'));
      expect(res.status).toBe(201);
      expect((await store.getArticle((res.body as { id: string }).id))!.text).toContain('Café');
    });
  });

  describe('when the article is 50 MB', () => {
    it('responds 413 body_too_large and stores nothing', async () => {
      const { app, store } = await setup();
      const huge = JSON.stringify({ text: `${TEXT} `.repeat(Math.ceil((50 * 1024 * 1024) / (TEXT.length + 1))) });
      expect(huge.length).toBeGreaterThan(50 * 1024 * 1024);
      const res = await request(app).post('/api/articles').set('Content-Type', 'application/json').send(huge);
      jsonError(res, 413, 'body_too_large');
      expect((await store.stats()).articles).toBe(0);
    });

    it('responds 413 to a gzip body that inflates past the limit', async () => {
      const { gzipSync } = await import('node:zlib');
      const { app, store } = await setup({ maxBodyBytes: 64 * 1024 });
      const bomb = gzipSync(Buffer.from(JSON.stringify({ text: 'a'.repeat(1024 * 1024) })));
      expect(bomb.length).toBeLessThan(64 * 1024);
      const res = await postRaw(app, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, bomb);
      jsonError(res, 413, 'body_too_large');
      expect((await store.stats()).articles).toBe(0);
    });

    it('responds 415 to a Content-Encoding it does not know', async () => {
      const { app } = await setup();
      const res = await request(app).post('/api/articles').set('Content-Type', 'application/json').set('Content-Encoding', 'x-rot13').send('{"text":"a"}');
      jsonError(res, 415, 'unsupported_encoding');
    });
  });

  describe('when one line of an NDJSON batch is bad', () => {
    it('responds 400 naming the line and stores none of the batch', async () => {
      const { app, store, graph } = await setup();
      const before = await snapshot(store, graph);
      const body = [JSON.stringify({ text: TEXT }), JSON.stringify({ text: 7 }), JSON.stringify({ text: `${TEXT} Again.` })].join('\n');
      const err = jsonError(await request(app).post('/api/articles').set('Content-Type', 'application/x-ndjson').send(body), 400, 'bad_body');
      expect(err.message).toMatch(/^Line 2:/);
      expect(await snapshot(store, graph)).toBe(before);
    });

    it('responds 400 naming a line that is not JSON', async () => {
      const { app, store } = await setup();
      const body = `${JSON.stringify({ text: TEXT })}\n{"text": nope}`;
      expect(jsonError(await request(app).post('/api/articles').set('Content-Type', 'application/x-ndjson').send(body), 400).message).toBe('Line 2: invalid JSON.');
      expect((await store.stats()).articles).toBe(0);
    });
  });

  describe('when the store fails on the second article of a batch', () => {
    it('responds 507 storage_full, keeps the first article out too, and later reads still work', async () => {
      const { app, store, graph } = await setup();
      const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
      const before = await snapshot(store, graph);
      const long = (n: number) => `${TEXT} `.repeat(n);
      db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 3}`);
      const body = [JSON.stringify({ text: long(2) }), JSON.stringify({ text: long(400) })].join('\n');
      const res = await request(app).post('/api/articles').set('Content-Type', 'application/x-ndjson').send(body);
      expect(jsonError(res, 507, 'storage_full').message).toContain('nothing was stored');
      expect(await snapshot(store, graph)).toBe(before);
      expect((await request(app).get('/api/articles')).status).toBe(200);
    });
  });

  describe('when the database is read-only', () => {
    it('responds 503 storage_read_only, and reads still work', async () => {
      const { app, store, graph } = await setup();
      expect((await request(app).post('/api/articles').send({ text: TEXT })).status).toBe(201);
      (store as unknown as { db: import('better-sqlite3').Database }).db.pragma('query_only = ON');
      const before = await snapshot(store, graph);
      jsonError(await request(app).post('/api/articles').send({ text: `${TEXT} Later.` }), 503, 'storage_read_only');
      const del = await request(app).delete(`/api/articles/${(await store.articleIds())[0]}`);
      jsonError(del, 503, 'storage_read_only');
      expect(await snapshot(store, graph)).toBe(before);
      const list = await request(app).get('/api/articles');
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(1);
      expect((await request(app).get('/api/graph')).status).toBe(200);
    });
  });

  describe('when a token is configured and the request lacks it', () => {
    it('responds 401 and stores nothing, for JSON, text and NDJSON', async () => {
      const { app, store, graph } = await setup({ token: TOKEN });
      const before = await snapshot(store, graph);
      for (const [type, body] of [['application/json', JSON.stringify({ text: TEXT })], ['text/plain', TEXT], ['application/x-ndjson', JSON.stringify({ text: TEXT })]]) {
        jsonError(await request(app).post('/api/articles').set('Content-Type', type!).send(body), 401, 'unauthorized');
        jsonError(await request(app).post('/api/articles').set('Authorization', 'Bearer wrong-token-0').set('Content-Type', type!).send(body), 401);
        jsonError(await request(app).post('/api/articles').set('Authorization', TOKEN).set('Content-Type', type!).send(body), 401);
      }
      expect(await snapshot(store, graph)).toBe(before);
      expect((await request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).send({ text: TEXT })).status).toBe(201);
    });
  });

  describe('when the server is exposed without a token', () => {
    it('responds 403 to posts and deletes and stores nothing', async () => {
      const { app, store } = await setup({ host: '0.0.0.0' });
      jsonError(await request(app).post('/api/articles').send({ text: TEXT }), 403, 'writes_disabled');
      jsonError(await request(app).delete('/api/articles/anything'), 403, 'writes_disabled');
      expect((await store.stats()).articles).toBe(0);
    });
  });
});

describe('DELETE /api/articles/:id', () => {
  describe('when a token is configured and the request lacks it', () => {
    it('responds 401 and deletes nothing', async () => {
      const { app, store, graph } = await setup({ token: TOKEN });
      const auth = { Authorization: `Bearer ${TOKEN}` };
      const id = (await request(app).post('/api/articles').set(auth).send({ text: TEXT })).body.id as string;
      const before = await snapshot(store, graph);
      jsonError(await request(app).delete(`/api/articles/${id}`), 401, 'unauthorized');
      expect(await snapshot(store, graph)).toBe(before);
      expect((await request(app).delete(`/api/articles/${id}`).set(auth)).status).toBe(200);
      expect((await store.stats()).articles).toBe(0);
    });
  });

  describe('when the id tries to leave its route', () => {
    it.each(['..%2F..%2Fetc%2Fpasswd', '..%5Cwin', 'a%00b', 'a%0Ab', '%2e%2e', 'x%7F', '%E0%A4%A'])('responds 400 to %s and deletes nothing', async (id) => {
      const { app, store } = await setup();
      await request(app).post('/api/articles').send({ text: TEXT });
      const res = await request(app).delete(`/api/articles/${id}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toMatch(/^bad_(path|parameter)$/);
      expect((await store.stats()).articles).toBe(1);
    });
  });
});

describe('GET routes with bad parameters', () => {
  describe('when a limit is huge, negative or not an integer', () => {
    it.each([
      '/api/articles?limit=-1', '/api/articles?limit=0', '/api/articles?limit=1001', '/api/articles?limit=99999999999999999999999',
      '/api/articles?limit=1e3', '/api/articles?limit=2.5', '/api/articles?offset=-5',
      '/api/articles?offset=99999999999999999999', '/api/events?limit=-1', '/api/events?limit=1000000', '/api/events?limit=abc',
      '/api/search?q=a&limit=0', '/api/relations?a=x&b=y&limit=-3', '/api/actors/x/neighbors?depth=99', '/api/articles?limit=1&limit=2',
    ])('responds 400 naming the parameter for %s', async (url) => {
      const err = jsonError(await request((await setup()).app).get(url), 400, 'bad_parameter');
      expect(err.message).toMatch(/Parameter "(limit|offset|depth)"/);
    });
  });

  describe('when a parameter is unknown or of the wrong shape', () => {
    it.each([
      ['/api/events?colour=red', 'colour'], ['/api/events?type=hug', 'type'], ['/api/events?from=yesterday', 'from'],
      ['/api/events?from=2024-13-01', 'from'], ['/api/events?minConfidence=2', 'minConfidence'], ['/api/events?minConfidence=-0.1', 'minConfidence'],
      ['/api/events?includeContext=maybe', 'includeContext'], ['/api/events?state=FRANCE', 'state'], ['/api/events?cursor=%00%01', 'cursor'],
      ['/api/events?updatedSince=now', 'updatedSince'], ['/api/export?format=pdf', 'format'], ['/api/export', 'format'],
      ['/api/graph?view=3d', 'view'], ['/api/deleted', 'since'], ['/api/search', 'q'], [`/api/search?q=${'x'.repeat(201)}`, 'q'],
      ['/api/events?actor=..%2Fetc', 'actor'], ['/api/events?article=a%00b', 'article'], ['/api/path?from=a%01&to=b', 'from'],
      ['/api/dyads/FR/ARM', 'isoA'], ['/api/states/12a/relations', 'iso'], ['/api/events?type[]=meeting', 'type[]'],
    ])('responds 400 for %s naming "%s"', async (url, name) => {
      expect(jsonError(await request((await setup()).app).get(url), 400, 'bad_parameter').message).toContain(`"${name}"`);
    });
  });

  describe('when a path segment holds a traversal or a control character', () => {
    it.each(['/api/actors/..%2F..%2Fpackage.json', '/api/actors/a%2Fb', '/api/events/%0d%0aSet-Cookie:x', '/api/articles/%2e%2e', '/api/actors/%ZZ', '/..%2f..%2fetc/passwd'])('responds 400 bad_path for %s', async (url) => {
      jsonError(await request((await setup()).app).get(url), 400, 'bad_path');
    });

    it('responds 400 to a 301-character id', async () => {
      jsonError(await request((await setup()).app).get(`/api/articles/${'a'.repeat(301)}`), 400, 'bad_parameter');
    });
  });
});
