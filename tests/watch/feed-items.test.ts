// What a source lists, by kind: RSS 2.0, Atom, JSON Feed, a news sitemap; links made absolute.
import { describe, expect, it } from 'vitest';
import { readListing } from '../../src/watch/index.js';

const BASE = 'http://news.test/feeds/world.xml';

const ROWS: Array<{ title: string; body: string; kind: string; items: Array<{ link: string; title: string | null; date: string | null }> }> = [
  { title: 'an RSS 2.0 feed with a relative link', kind: 'rss',
    body: '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Summit</title><link>/2019/summit</link><pubDate>Wed, 23 Jan 2019 10:00:00 GMT</pubDate></item></channel></rss>',
    items: [{ link: 'http://news.test/2019/summit', title: 'Summit', date: '2019-01-23' }] },
  { title: 'an Atom feed', kind: 'atom',
    body: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><title>Talks</title><link href="http://news.test/talks"/><id>t</id><updated>2020-01-11T08:00:00Z</updated></entry></feed>',
    items: [{ link: 'http://news.test/talks', title: 'Talks', date: '2020-01-11' }] },
  { title: 'a JSON Feed', kind: 'json',
    body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'http://news.test/j', title: 'Visit', date_published: '2019-08-24T10:00:00Z' }] }),
    items: [{ link: 'http://news.test/j', title: 'Visit', date: '2019-08-24' }] },
  { title: 'a news sitemap with publication dates', kind: 'sitemap',
    body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>http://news.test/a</loc><news:news><news:publication_date>2019-10-08T12:00:00Z</news:publication_date><news:title>Withdrawal</news:title></news:news></url>
      <url><loc>http://news.test/b</loc><lastmod>2019-10-10</lastmod></url></urlset>`,
    items: [{ link: 'http://news.test/a', title: 'Withdrawal', date: '2019-10-08' }, { link: 'http://news.test/b', title: null, date: '2019-10-10' }] },
];

describe('readListing', () => {
  it.each(ROWS)('reads $title', ({ body, kind, items }) => {
    const l = readListing(body, BASE, null);
    expect(l.kind).toBe(kind);
    expect(l.items).toEqual(items);
  });

  it('skips an item without a link and says which', () => {
    const l = readListing('<rss version="2.0"><channel><item><title>No link</title></item><item><link>http://news.test/x</link></item></channel></rss>', BASE, null);
    expect(l.items.map((i) => i.link)).toEqual(['http://news.test/x']);
    expect(l.skipped).toEqual(['item 1 ("No link") has no usable link']);
  });

  it('refuses a sitemap index, naming what to do instead', () => {
    expect(() => readListing('<sitemapindex><sitemap><loc>http://news.test/s1.xml</loc></sitemap></sitemapindex>', BASE, null)).toThrow(/add its sitemaps/);
  });
});
