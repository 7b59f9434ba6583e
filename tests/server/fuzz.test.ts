// Fuzz test of every route of createApp on a temporary SQLite store: thousands of random and mutated
// requests (methods, paths, ids, query strings, headers, bodies). No answer is a 5xx, every /api error
// is JSON, no write gets through without the token, a rejected write leaves store and graph as they
// were, and at the end the server still answers and its graph matches the store.
// Bounded: fixed seed, fixed number of cases, and a wall-clock cap as a safety net.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiploGraph } from '../../src/graph/build.js';
import { createGraph } from '../../src/graph/build.js';
import { graphFromStore } from '../../src/ingest/index.js';
import { createApp } from '../../src/server/app.js';
import { createConfig } from '../../src/server/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { listen, type Listening } from './robustness-client.js';

const SEED = Number(process.env.DIPLOGRAPH_FUZZ_SEED ?? 0x5eed);
const CASES = 5000;
const CAP_MS = 120_000;
const TOKEN = 'fuzz-token-123456';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its index. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on Thursday. Macron praised Armenia.',
  'Russia accused Ukraine of shelling the Zaporizhzhia plant, the Kremlin said on Monday.',
  'The foreign ministers of Azerbaijan and Armenia signed an agreement in Washington.',
  'Germany condemned the missile test by North Korea. Berlin summoned the ambassador.',
];

let dir: string;
let store: Store;
let graph: DiploGraph;
/** The stored article ids, read before each case (the generator is synchronous). */
let storedIds: string[] = [];
let server: Listening;
/** What the app logged as unexpected (a 500's cause), to name it in a failure. */
const logged: unknown[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-fuzz-'));
  store = await openStore(path.join(dir, 'fuzz.db'));
  graph = createGraph();
  const webRoot = path.join(dir, 'web');
  fs.mkdirSync(webRoot);
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>viewer</title>');
  const config = createConfig({ token: TOKEN, writeRateLimit: 1_000_000, maxBodyBytes: 64 * 1024 });
  server = await listen(createApp({ graph, store, config, webRoot, log: (e) => logged.push(e) }));
  for (const text of TEXTS.slice(0, 2)) {
    const res = await server.send('POST', '/api/articles', { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` }, text);
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await server?.close();
  store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Case { method: string; path: string; headers: Record<string, string>; body?: Buffer; authorized: boolean }

const write = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/** Builds the generator of cases over the ids the store and graph hold now. */
function generator(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const junk = (n: number) => Array.from({ length: n }, () => String.fromCharCode(int(0, 0xffff))).join('');
  const enc = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'));

  const ids = () => {
    const actors = graph.nodes();
    const events = graph.edges();
    const articles = storedIds;
    return { actors, events, articles };
  };
  const HOSTILE = ['..', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%00', 'a%0Ab', '%ZZ', '%E0%A4%A', '%2F', '%5C', 'x'.repeat(400), '%F0%9F%98%80', 'null', 'undefined', '-1', '%20', '.'];
  const id = (kind: 'actors' | 'events' | 'articles') => {
    const real = ids()[kind];
    if (real.length && chance(0.5)) return enc(pick(real));
    return chance(0.6) ? pick(HOSTILE) : enc(junk(int(1, 12)));
  };
  const iso = () => pick(['FRA', 'ARM', 'RUS', 'fra', 'XXX', 'FR', 'FRANCE', '123', '%00A', 'AZE']);

  const PARAMS = ['type', 'from', 'to', 'state', 'actor', 'article', 'minConfidence', 'includeContext', 'asOf', 'limit', 'cursor', 'offset',
    'q', 'kind', 'view', 'format', 'depth', 'since', 'updatedSince', 'a', 'b', 'fromDate', 'toDate', 'title', 'date', 'url', 'source'];
  const VALUES = ['meeting', 'accusation,meeting', 'hug', '2024', '2024-05', '2024-05-02', '2024-13-40', '0', '1', '-1', '1000', '1001',
    '99999999999999999999', '1e3', '0.5', '1.5', 'NaN', 'true', 'false', 'maybe', 'FRA', 'ARM', 'json', 'gexf', 'graphml', 'csv', 'pdf',
    'actors', 'states', 'person', 'state', '', '%00', '..%2F', '2024-05-01T12:00:00Z', 'now', 'x'.repeat(300)];
  const query = () => {
    if (chance(0.3)) return '';
    const parts: string[] = [];
    for (let i = int(1, 5); i > 0; i--) {
      const name = chance(0.85) ? pick(PARAMS) : pick(['x', 'a[b]', '__proto__', 'constructor', enc(junk(3)), 'limit[]']);
      const value = chance(0.8) ? pick(VALUES) : enc(junk(int(0, 8)));
      parts.push(chance(0.1) ? name : `${name}=${value}`);
    }
    return `?${parts.join('&')}`;
  };

  const PATHS: Array<() => string> = [
    () => '/api/health', () => '/api/graph', () => '/api/search', () => '/api/events', () => `/api/events/${id('events')}`,
    () => '/api/deleted', () => `/api/actors/${id('actors')}`, () => `/api/actors/${id('actors')}/meetings`,
    () => `/api/actors/${id('actors')}/neighbors`, () => '/api/articles', () => `/api/articles/${id('articles')}`, () => '/api/relations',
    () => '/api/path', () => `/api/states/${iso()}/relations`, () => `/api/dyads/${iso()}/${iso()}`, () => '/api/stats', () => '/api/export',
    () => '/api/openapi.json', () => '/api/docs', () => '/api/docs/docs.js', () => '/', () => '/index.html', () => `/api/${enc(junk(4))}`,
    () => `/${pick(HOSTILE)}/${pick(HOSTILE)}`,
  ];

  const article = () => {
    const a: Record<string, unknown> = { text: `${pick(TEXTS)} Case ${int(0, 1e9)}.` };
    if (chance(0.5)) a.title = pick(['Talks', '', null, 5, 'x'.repeat(500), junk(10)]);
    if (chance(0.4)) a.date = pick(['2024-05-02', '2024-5-2', null, '', 20240502, 'yesterday']);
    if (chance(0.3)) a.url = pick(['https://ex.org/a', null, [], { a: 1 }, 'not a url']);
    if (chance(0.2)) a.text = pick(['', '   ', 42, null, junk(50), ['a']]);
    if (chance(0.1)) a.id = pick(['../../x', 'ok-id', '', 'a\u0000b']);
    return a;
  };
  const mutate = (b: Buffer): Buffer => {
    const out = Buffer.from(b);
    for (let i = int(1, 4); i > 0 && out.length; i--) {
      const at = int(0, out.length - 1);
      const op = int(0, 2);
      if (op === 0) out[at] = int(0, 255);
      else if (op === 1) return Buffer.concat([out.subarray(0, at), out.subarray(at + 1)]);
      else return out.subarray(0, at);
    }
    return out;
  };
  const BODIES: Array<() => [string, Buffer]> = [
    () => ['application/json', Buffer.from(JSON.stringify(article()))],
    () => ['application/json', mutate(Buffer.from(JSON.stringify(article())))],
    () => ['application/json', Buffer.from(JSON.stringify(pick([null, 1, 'str', [], [article()], { nested: { text: 'a' } }, true])))],
    () => ['text/plain', Buffer.from(`${pick(TEXTS)} ${int(0, 1e9)}`)],
    () => ['text/plain', Buffer.from(junk(int(0, 200)))],
    () => ['application/x-ndjson', Buffer.from(Array.from({ length: int(1, 4) }, () => JSON.stringify(article())).join('\n'))],
    () => ['application/x-ndjson', mutate(Buffer.from(`${JSON.stringify(article())}\n${JSON.stringify(article())}`))],
    () => ['text/html', Buffer.from(`<html><body><article><p>${pick(TEXTS)} ${int(0, 1e9)}</p></article></body></html>`)],
    () => ['text/html', mutate(Buffer.from(`<html><body><p>${pick(TEXTS)}</p>`))],
    () => [pick(['application/json', 'text/plain']), Buffer.from(Array.from({ length: int(1, 64) }, () => int(0, 255)))],
    () => ['application/json', Buffer.from(JSON.stringify({ text: 'a'.repeat(70 * 1024) }))],
    () => [pick(['application/xml', 'multipart/form-data', 'image/png', '', 'application/json; charset=latin1', 'text/plain; charset=utf-16le', 'application/jsonl']), Buffer.from(pick(TEXTS))],
  ];

  return (): Case => {
    const method = pick(['GET', 'GET', 'GET', 'GET', 'POST', 'POST', 'DELETE', 'HEAD', 'PUT', 'PATCH', 'OPTIONS']);
    const headers: Record<string, string> = {};
    const auth = pick(['none', 'none', 'right', 'right', 'right', 'wrong', 'raw', 'basic']);
    if (auth === 'right') headers.Authorization = `Bearer ${TOKEN}`;
    if (auth === 'wrong') headers.Authorization = `Bearer ${TOKEN}x`;
    if (auth === 'raw') headers.Authorization = TOKEN;
    if (auth === 'basic') headers.Authorization = `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}`;
    if (chance(0.1)) headers.Origin = pick(['https://evil.example', 'null']);
    if (chance(0.05)) headers['If-None-Match'] = pick(['*', '"abc"', 'W/"x", "y"']);
    let body: Buffer | undefined;
    if (method !== 'GET' && method !== 'HEAD' && chance(0.9)) {
      const [type, b] = pick(BODIES)();
      if (type) headers['Content-Type'] = type;
      body = b;
      if (chance(0.05)) {
        headers['Content-Encoding'] = pick(['gzip', 'br', 'x-nope']);
        body = headers['Content-Encoding'] === 'gzip' && chance(0.5) ? gzipSync(b) : b;
      }
    }
    // writes aim at the one write resource half of the time, so the write guard and the store are well exercised
    const target = write(method) && chance(0.5) ? (method === 'POST' ? '/api/articles' : `/api/articles/${id('articles')}`) : pick(PATHS)();
    return { method, path: `${target}${chance(0.7) && write(method) ? '' : query()}`, headers, body, authorized: auth === 'right' };
  };
}

/** Store counts and the graph's serialization. */
const snapshot = async () => JSON.stringify({ stats: await store.stats(), graph: graph.export() });
const keys = (g: DiploGraph) => JSON.stringify([g.nodes().sort(), g.edges().sort()]);

describe('every route of createApp under random and mutated requests', () => {
  it(`answers ${CASES} cases without a 5xx, lets no unauthorized write through and leaves rejected writes without effect`, async () => {
    const next = generator(prng(SEED));
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const t0 = Date.now();
    let tried = 0;
    for (; tried < CASES && Date.now() - t0 < CAP_MS; tried++) {
      storedIds = await store.articleIds();
      const c = next();
      const writes = write(c.method);
      const before = writes ? await snapshot() : '';
      let res;
      try {
        res = await server.send(c.method, c.path, c.headers, c.body);
      } catch (err) {
        failures.push(`case ${tried}: ${c.method} ${c.path.slice(0, 120)} [${c.headers['Content-Type'] ?? '-'}, ${c.body?.length ?? 0} bytes]: no answer (${(err as Error).message})`);
        continue;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `case ${tried}: ${c.method} ${c.path.slice(0, 120)} [${c.headers['Content-Type'] ?? '-'}] -> ${res.status}`;
      if (res.status >= 500) failures.push(`${where}: ${res.text.slice(0, 200)} ${String((logged.at(-1) as Error)?.stack ?? '').slice(0, 600)}`);
      if (res.status >= 400 && c.method !== 'HEAD' && c.path.startsWith('/api')) {
        const err = (res.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
        if (typeof err?.code !== 'string' || typeof err.message !== 'string') failures.push(`${where}: not a JSON error: ${res.text.slice(0, 120)}`);
      }
      if (writes && !c.authorized && res.status < 400) failures.push(`${where}: a write without the token succeeded`);
      if (writes && res.status >= 400 && await snapshot() !== before) failures.push(`${where}: a rejected write changed the store or graph`);
      if (failures.length >= 10) break;
    }
    console.log(`fuzz: ${tried} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; ${(await store.stats()).articles} articles stored`);
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(0);

    const health = await server.send('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(keys(graph)).toBe(keys(await graphFromStore(store)));
  }, CAP_MS + 60_000);
});
