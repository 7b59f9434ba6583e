// The watcher is a polite client: robots.txt rules and Crawl-delay, one request per host per
// interval, and a host's Retry-After, all measured on the virtual clock (no test waits for them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSource } from '../../src/watch/index.js';
import { articlePage, rss, startNewsServer, wikinewsArticles, type NewsServer } from './support/news-server.js';
import { watchFixture } from './support/watch-fixture.js';

const A = wikinewsArticles();
let site: NewsServer;
let fx: Awaited<ReturnType<typeof watchFixture>>;

beforeEach(async () => { site = await startNewsServer(); });
afterEach(async () => { fx?.store.close(); await site.close(); });

async function feedOf(n: number) {
  const items = A.slice(0, n).map((a, i) => {
    site.page(`/p/${i}`, articlePage(a));
    return { link: `${site.url}/p/${i}` };
  });
  site.page('/feed.xml', rss(items), 'application/rss+xml');
  return await addSource(fx.store, { url: `${site.url}/feed.xml`, now: new Date(fx.clock.now()) });
}

describe('the watcher', () => {
  describe('when robots.txt disallows a path', () => {
    it('never requests the page and says why', async () => {
      fx = await watchFixture();
      site.page('/robots.txt', 'User-agent: *\nDisallow: /p/1\n', 'text/plain');
      await feedOf(2);
      const [r] = await fx.watcher.pollDue();
      expect(r!.items.map((i) => [i.outcome, i.detail])).toEqual([['ingested', expect.any(String)], ['failed', 'robots.txt disallows it']]);
      expect(site.hits('/p/1')).toBe(0);
      expect(site.hits('/robots.txt')).toBe(1);
    });
  });

  describe('with a per-host interval', () => {
    it('spaces its requests to one host by that interval', async () => {
      fx = await watchFixture({ perHostIntervalMs: 5_000 });
      await feedOf(3);
      await fx.watcher.pollDue();
      // robots.txt, the feed and three pages: four waits of the full interval after the first request
      expect(fx.clock.sleeps).toEqual([5_000, 5_000, 5_000, 5_000]);
    });

    it("uses robots.txt's Crawl-delay when it is longer", async () => {
      fx = await watchFixture({ perHostIntervalMs: 1_000 });
      site.page('/robots.txt', 'User-agent: *\nCrawl-delay: 10\n', 'text/plain');
      await feedOf(2);
      await fx.watcher.pollDue();
      expect(fx.clock.sleeps.slice(-2)).toEqual([10_000, 10_000]);
    });
  });

  describe('when a page answers 429 with a long Retry-After', () => {
    it('leaves the rest of that host for a later poll instead of waiting', async () => {
      fx = await watchFixture({ maxWaitMs: 60_000 });
      const src = await feedOf(3);
      site.route('/p/0', (_q, res) => void res.writeHead(429, { 'retry-after': '600' }).end());
      const [r] = await fx.watcher.pollDue();
      expect(r!.items.map((i) => i.outcome)).toEqual(['retry', 'retry', 'retry']);
      expect(r!.items[1]!.detail).toMatch(/asked to wait until/);
      expect(site.hits('/p/1')).toBe(0);
      expect((await fx.store.sources.get(src.id))!.counts.retry).toBe(3);
    });
  });
});
