// Bad input never hurts: each broken link behind a feed is a status line for its item, each broken
// feed a status for its source, and neither stops the poll nor leaves a half-written article.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../src/watch/index.js';
import { articlePage, rss, startNewsServer, wikinewsArticles, type NewsServer } from './support/news-server.js';
import { watchFixture } from './support/watch-fixture.js';

const A = wikinewsArticles();
let site: NewsServer;
let fx: Awaited<ReturnType<typeof watchFixture>>;
const timers: NodeJS.Timeout[] = [];

beforeAll(async () => { site = await startNewsServer(); });
afterAll(async () => { timers.forEach(clearTimeout); await site.close(); });
afterEach(async () => fx?.store.close());

const latin1Text = 'Le ministre a déclaré à la presse que la réunion était terminée. '.repeat(12);

/** One broken link per row: how the site answers, and the status line the item gets. */
const ITEMS: Array<{ title: string; path: string; serve: (s: NewsServer) => void; outcome: string; detail: RegExp }> = [
  { title: 'a 404', path: '/gone', serve: () => {}, outcome: 'failed', detail: /HTTP 404/ },
  { title: 'a page that is no article', path: '/index', outcome: 'failed', detail: /not an article \(\d+ words/,
    serve: (s) => s.page('/index', '<html><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><p>Latest news</p></body></html>') },
  { title: 'a PDF', path: '/report.pdf', outcome: 'failed', detail: /not an HTML page \(application\/pdf\)/,
    serve: (s) => s.page('/report.pdf', Buffer.from('%PDF-1.4 ...'), 'application/pdf') },
  { title: 'a huge page', path: '/huge', outcome: 'failed', detail: /larger than 200000 bytes/,
    serve: (s) => s.route('/huge', (_req, res) => {
      // streamed without Content-Length: the reader must stop by itself
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(10_000)}</p>`;
      let sent = 0;
      const pump = () => { while (sent < 100 && res.write(chunk)) sent++; if (sent < 100) res.once('drain', pump); else res.end(); };
      res.on('error', () => {});
      pump();
    }) },
  { title: 'a redirect loop', path: '/loop-a', outcome: 'failed', detail: /redirect loop/,
    serve: (s) => {
      s.route('/loop-a', (_q, r) => void r.writeHead(302, { location: '/loop-b' }).end());
      s.route('/loop-b', (_q, r) => void r.writeHead(302, { location: '/loop-a' }).end());
    } },
  { title: 'too many redirects', path: '/hop0', outcome: 'failed', detail: /more than 5 redirects/,
    serve: (s) => { for (let i = 0; i < 10; i++) s.route(`/hop${i}`, (_q, r) => void r.writeHead(301, { location: `/hop${i + 1}` }).end()); } },
  { title: 'a slow answer', path: '/slow', outcome: 'retry', detail: /no complete answer within 0.5 s/,
    serve: (s) => s.route('/slow', (_q, res) => { timers.push(setTimeout(() => { if (!res.destroyed) res.writeHead(200).end('late'); }, 3_000)); }) },
  { title: 'a server error', path: '/broken', outcome: 'retry', detail: /HTTP 500/,
    serve: (s) => s.route('/broken', (_q, r) => void r.writeHead(500).end('oops')) },
];

describe('pollSource with broken items', () => {
  it.each(ITEMS)('records $title as $outcome and still ingests the good article', async ({ path, serve, outcome, detail }) => {
    fx = await watchFixture({ maxPageBytes: 200_000, timeoutMs: 500 });
    serve(site);
    site.page('/good', articlePage(A[2]!));
    const feed = `/feed-${path.slice(1)}.xml`;
    site.page(feed, rss([{ link: `${site.url}${path}` }, { link: `${site.url}/good` }]), 'application/rss+xml');
    const src = await addSource(fx.store, { url: `${site.url}${feed}`, now: new Date(fx.clock.now()) });
    const [r] = await fx.watcher.pollDue();
    expect(r!.status).toBe('ok');
    expect(r!.items[0]).toMatchObject({ outcome });
    expect(r!.items[0]!.detail).toMatch(detail);
    expect(r!.items[1]!.outcome).toMatch(/ingested|duplicate/);
    expect((await fx.store.stats()).articles).toBe(1);
    expect((await fx.store.sources.recentItems(src.id, 10)).find((i) => i.link.endsWith(path))!.outcome).toBe(outcome);
  });

  it('reads a windows-1252 page by the charset its Content-Type names', async () => {
    fx = await watchFixture();
    const html = `<html><head><title>Réunion</title></head><body><article><h1>Réunion à Paris</h1><p>${latin1Text}</p></article></body></html>`;
    site.page('/latin1', Buffer.from(html, 'latin1'), 'text/html; charset=windows-1252');
    site.page('/latin.xml', rss([{ link: `${site.url}/latin1`, date: '2020-02-02' }]), 'application/rss+xml');
    await addSource(fx.store, { url: `${site.url}/latin.xml`, now: new Date(fx.clock.now()) });
    const [r] = await fx.watcher.pollDue();
    const a = (await fx.store.getArticle(r!.items[0]!.detail!))!;
    expect(a.text).toContain('a déclaré à la presse');
    expect(a.date).toBe('2020-02-02');
  });

  it('reads a latin-1 page by its <meta charset> when the header names none', async () => {
    fx = await watchFixture();
    const html = `<html><head><meta charset="iso-8859-1"><title>Réunion</title></head><body><article><p>${latin1Text}</p></article></body></html>`;
    site.page('/meta-latin1', Buffer.from(html, 'latin1'), 'text/html');
    site.page('/meta.xml', rss([{ link: `${site.url}/meta-latin1` }]), 'application/rss+xml');
    await addSource(fx.store, { url: `${site.url}/meta.xml`, now: new Date(fx.clock.now()) });
    const [r] = await fx.watcher.pollDue();
    expect((await fx.store.getArticle(r!.items[0]!.detail!))!.text).toContain('était terminée');
  });

  it('tries a link that failed for a passing reason again at the next poll', async () => {
    fx = await watchFixture();
    let calls = 0;
    site.route('/flaky', (_q, res) => {
      if (calls++ === 0) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(A[3]!));
    });
    site.page('/flaky.xml', rss([{ link: `${site.url}/flaky` }]), 'application/rss+xml');
    await addSource(fx.store, { url: `${site.url}/flaky.xml`, now: new Date(fx.clock.now()) });
    expect((await fx.watcher.pollDue())[0]!.items[0]!.outcome).toBe('retry');
    fx.clock.advance(15 * 60_000);
    expect((await fx.watcher.pollDue())[0]!.items[0]!.outcome).toBe('ingested');
  });
});

/** One broken feed per row, and the error its source shows. */
const FEEDS: Array<{ title: string; body: string; type: string; error: RegExp }> = [
  { title: 'malformed XML', body: '<rss><channel><item><title>x</ti', type: 'application/rss+xml', error: /malformed XML/ },
  { title: 'an HTML page', body: '<!doctype html><html><body>Hi</body></html>', type: 'text/html', error: /an HTML page, not a feed/ },
  { title: 'invalid JSON', body: '{"items": [', type: 'application/feed+json', error: /invalid JSON/ },
  { title: 'XML of another kind', body: '<?xml version="1.0"?><catalog><book/></catalog>', type: 'application/xml', error: /not an RSS or Atom feed/ },
];

describe('pollSource with a broken feed', () => {
  it.each(FEEDS)('marks the source failing with the reason for $title and backs off', async ({ body, type, error }) => {
    fx = await watchFixture();
    const path = `/bad-${Math.random().toString(36).slice(2)}.xml`;
    site.page(path, body, type);
    const src = await addSource(fx.store, { url: `${site.url}${path}`, everyMs: 10 * 60_000, now: new Date(fx.clock.now()) });
    const [r] = await fx.watcher.pollDue();
    expect(r!.status).toBe('error');
    const s = (await fx.store.sources.get(src.id))!;
    expect(s.lastError).toMatch(error);
    expect(s.failures).toBe(1);
    expect(Date.parse(s.nextPollAt) - fx.clock.now()).toBe(20 * 60_000);
  });

  it('doubles the wait with each failure in a row up to the cap, and a good poll resets it', async () => {
    fx = await watchFixture({ backoffCapMs: 60 * 60_000 });
    let broken = true;
    site.route('/sometimes.xml', (_q, res) => {
      if (broken) return void res.writeHead(500).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]));
    });
    const src = await addSource(fx.store, { url: `${site.url}/sometimes.xml`, everyMs: 10 * 60_000, now: new Date(fx.clock.now()) });
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [r] = await fx.watcher.pollDue();
      const wait = Date.parse(r!.nextPollAt) - fx.clock.now();
      waits.push(wait / 60_000);
      fx.clock.advance(wait);
    }
    expect(waits).toEqual([20, 40, 60, 60]);
    expect((await fx.store.sources.get(src.id))!.lastError).toBe('HTTP 500');
    broken = false;
    const [r] = await fx.watcher.pollDue();
    expect(r!.status).toBe('ok');
    expect(await fx.store.sources.get(src.id)).toMatchObject({ failures: 0, lastError: null });
  });

  it('waits at least as long as a 429 Retry-After says', async () => {
    fx = await watchFixture();
    site.route('/busy.xml', (_q, res) => void res.writeHead(429, { 'retry-after': '7200' }).end());
    const src = await addSource(fx.store, { url: `${site.url}/busy.xml`, everyMs: 15 * 60_000, now: new Date(fx.clock.now()) });
    await fx.watcher.pollDue();
    const s = (await fx.store.sources.get(src.id))!;
    expect(s.lastError).toBe('HTTP 429 (Retry-After 7200 s)');
    expect(Date.parse(s.nextPollAt) - fx.clock.now()).toBe(7_200_000);
  });
});
