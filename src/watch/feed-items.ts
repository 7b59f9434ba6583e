// Reads what a source lists: RSS 2.0, Atom and JSON Feed through @extractus/feed-extractor, sitemaps
// (and Google News sitemaps with their publication dates) through fast-xml-parser. Each listed
// article becomes one item with an absolute link, a title and a date when the source gives them.
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The kinds of source read. */
export const SOURCE_KINDS = ['rss', 'atom', 'json', 'sitemap'] as const;
/** One of SOURCE_KINDS. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One article a source lists. */
export interface FeedItem {
  /** Absolute http(s) URL of the article page. */
  link: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD, when the source gives one. */
  date: string | null;
}

/** What a source lists, and what kind of source it is. */
export interface FeedListing {
  kind: SourceKind;
  title: string | null;
  items: FeedItem[];
  /** Items left out (no link, a non-HTTP link), as one-line reasons. */
  skipped: string[];
}

const isoDay = (s: unknown): string | null => {
  const m = typeof s === 'string' ? /(\d{4}-\d{2}-\d{2})/.exec(s) : null;
  return m ? m[1]! : null;
};

function absolute(link: unknown, base: string): string | null {
  if (typeof link !== 'string' || !link.trim()) return null;
  try {
    const u = new URL(link.trim(), base);
    return /^https?:$/.test(u.protocol) ? (u.hash = '', u.href) : null;
  } catch {
    return null;
  }
}

function collect(raw: Array<{ link: unknown; title: unknown; date: unknown }>, base: string, kind: SourceKind, title: string | null): FeedListing {
  const items: FeedItem[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  raw.forEach((r, i) => {
    const link = absolute(r.link, base);
    if (!link) return void skipped.push(`item ${i + 1}${typeof r.title === 'string' && r.title ? ` ("${r.title.slice(0, 60)}")` : ''} has no usable link`);
    if (seen.has(link)) return;
    seen.add(link);
    items.push({ link, title: typeof r.title === 'string' && r.title.trim() ? r.title.trim() : null, date: isoDay(r.date) });
  });
  return { kind, title, items, skipped };
}

const sitemapParser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap' });

function readSitemap(xml: string, base: string): FeedListing | null {
  const doc = sitemapParser.parse(xml) as Record<string, unknown>;
  const urlset = doc.urlset as { url?: Array<Record<string, unknown>> } | undefined;
  if (urlset && typeof urlset === 'object') {
    const rows = (urlset.url ?? []).map((u) => {
      const news = (u.news ?? {}) as Record<string, unknown>;
      return { link: u.loc, title: news.title ?? null, date: news.publication_date ?? u.lastmod ?? null };
    });
    return collect(rows, base, 'sitemap', null);
  }
  const index = doc.sitemapindex as { sitemap?: unknown[] } | undefined;
  if (index && typeof index === 'object') throw new Error('a sitemap index: add its sitemaps one by one (they list the articles)');
  return null;
}

/** The items `body` lists (fetched from `url`, with this Content-Type). Throws a one-line reason when it is not a feed. */
export function readListing(body: string, url: string, contentType: string | null): FeedListing {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw new Error('the answer is empty');
  const opts = { baseUrl: url, descriptionMaxLen: 0 };
  if (text.startsWith('{') || /json/i.test(contentType ?? '')) {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`not a JSON Feed: invalid JSON (${(err as Error).message})`);
    }
    if (!Array.isArray(json.items)) throw new Error('not a JSON Feed: no "items" array');
    const feed = extractFromJson(json, opts);
    return collect((feed.entries ?? []).map((e) => ({ link: e.link, title: e.title, date: e.published })), url, 'json', feed.title || null);
  }
  if (!text.startsWith('<')) throw new Error('not a feed or a sitemap (neither XML nor JSON)');
  if (/^(<!--[\s\S]*?-->\s*)*<(!doctype html|html)[\s>]/i.test(text)) throw new Error('an HTML page, not a feed or a sitemap');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`malformed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const sitemap = readSitemap(text, url);
  if (sitemap) return sitemap;
  let feed;
  try {
    feed = extractFromXml(text, opts);
  } catch (err) {
    throw new Error(`not an RSS or Atom feed (${(err as Error).message})`);
  }
  const kind: SourceKind = /<feed[\s>]/.test(text.slice(0, 2000)) ? 'atom' : 'rss';
  return collect((feed.entries ?? []).map((e) => ({ link: e.link, title: e.title, date: e.published })), url, kind, feed.title || null);
}
