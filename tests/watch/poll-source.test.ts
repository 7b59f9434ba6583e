// One poll of a source against a local news site: new links become articles once, conditional GETs
// save refetching, and every broken thing is a status line for its item or its source.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addSource } from '../../src/watch/index.js';
import { articlePage, rss, startNewsServer, wikinewsArticles, type NewsServer } from './support/news-server.js';
import { watchFixture } from './support/watch-fixture.js';

const A = wikinewsArticles();
let site: NewsServer;
let fx: Awaited<ReturnType<typeof watchFixture>>;

beforeAll(async () => { site = await startNewsServer(); });
afterAll(async () => { await site.close(); });
afterEach(async () => fx?.store.close());

function publish(n: number, prefix = '/news') {
  const items = A.slice(0, n).map((a, i) => ({ link: `${site.url}${prefix}/${i}`, title: a.title, date: a.date }));
  A.slice(0, n).forEach((a, i) => site.page(`${prefix}/${i}`, articlePage(a)));
  return items;
}

describe('pollSource', () => {
  describe('when an RSS feed lists articles', () => {
    it('ingests each article once and a second poll asks with If-None-Match and gets 304', async () => {
      fx = await watchFixture();
      site.page('/feed.xml', rss(publish(2)), 'application/rss+xml');
      const src = await addSource(fx.store, { url: `${site.url}/feed.xml`, now: new Date(fx.clock.now()) });
      const [first] = await fx.watcher.pollDue();
      expect(first!.status).toBe('ok');
      expect(first!.items.map((i) => i.outcome)).toEqual(['ingested', 'ingested']);
      expect((await fx.store.stats()).articles).toBe(2);
      const stored = (await fx.store.getArticle(first!.items[0]!.detail!))!;
      expect(stored.date).toBe(A[0]!.date);
      expect(stored.title).toBe(A[0]!.title);
      expect(stored.events.length).toBeGreaterThan(0);

      expect(await fx.watcher.pollDue()).toEqual([]); // not due yet
      fx.clock.advance(15 * 60_000);
      const [second] = await fx.watcher.pollDue();
      expect(second!.status).toBe('not-modified');
      expect(site.requests.filter((r) => r.path === '/feed.xml').at(-1)!.headers['if-none-match']).toMatch(/^"/);
      expect(site.hits('/news/0')).toBe(1);
      const status = (await fx.store.sources.get(src.id))!;
      expect(status.counts).toMatchObject({ seen: 2, ingested: 2, failed: 0 });
      expect(status.lastError).toBeNull();
    });
  });

  describe('when the feed changes between polls', () => {
    it('fetches only the new item', async () => {
      fx = await watchFixture();
      const items = publish(3, '/c');
      site.page('/changing.xml', rss(items.slice(0, 1)), 'application/rss+xml');
      await addSource(fx.store, { url: `${site.url}/changing.xml`, now: new Date(fx.clock.now()) });
      await fx.watcher.pollDue();
      site.page('/changing.xml', rss(items.slice(0, 3)), 'application/rss+xml');
      fx.clock.advance(15 * 60_000);
      const [r] = await fx.watcher.pollDue();
      expect(r!.items.map((i) => i.link)).toEqual([items[1]!.link, items[2]!.link]);
      expect(site.hits('/c/0')).toBe(1);
      expect((await fx.store.stats()).articles).toBe(3);
    });
  });

  describe('when two sources list the same article', () => {
    it('stores it once and counts it as a duplicate in the second source', async () => {
      fx = await watchFixture();
      const items = publish(1, '/d');
      site.page('/one.xml', rss(items), 'application/rss+xml');
      site.page('/two.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: `${site.url}/d-copy` }] }), 'application/feed+json');
      site.page('/d-copy', articlePage(A[0]!)); // the same page at another address: same canonical URL
      await addSource(fx.store, { url: `${site.url}/one.xml`, now: new Date(fx.clock.now()) });
      const two = await addSource(fx.store, { url: `${site.url}/two.json`, now: new Date(fx.clock.now()) });
      await fx.watcher.pollDue();
      expect((await fx.store.stats()).articles).toBe(1);
      expect((await fx.store.sources.get(two.id))!.counts).toMatchObject({ duplicate: 1, ingested: 0 });
      expect((await fx.store.sources.get(two.id))!.kind).toBe('json');
    });
  });

  describe('when the feed gives no date', () => {
    it("takes the date from the page's metadata", async () => {
      fx = await watchFixture();
      site.page('/nodate/0', articlePage(A[1]!));
      site.page('/nodate.xml', rss([{ link: `${site.url}/nodate/0` }]), 'application/rss+xml');
      await addSource(fx.store, { url: `${site.url}/nodate.xml`, now: new Date(fx.clock.now()) });
      const [r] = await fx.watcher.pollDue();
      expect((await fx.store.getArticle(r!.items[0]!.detail!))!.date).toBe(A[1]!.date);
    });
  });
});
