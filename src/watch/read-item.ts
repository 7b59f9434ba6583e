// One listed link to an article input: fetch the page politely, check it is an HTML page, decode it
// by its charset, and read it with the HTML reader (Readability). The date is the feed item's, else
// the page's own; a page with too little text (an index, a login wall) is not an article.
import { htmlArticle } from '../ingest/index.js';
import type { ArticleInput } from '../types/index.js';
import { decodeBody } from './charset.js';
import type { WatchOptions } from './defaults.js';
import type { FeedItem } from './feed-items.js';
import { FetchFailure } from './http-fetch.js';
import type { PoliteFetcher } from './polite-fetch.js';

/** An article read from its page, or why not; `transient` reasons are worth another try later. */
export type ItemRead =
  | { ok: true; article: ArticleInput }
  | { ok: false; reason: string; transient: boolean };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

function fromPage(html: string, item: FeedItem, finalUrl: string, sourceName: string | null, minWords: number): ItemRead {
  const page = htmlArticle(html);
  if (!page) return { ok: false, reason: 'no article text in the page', transient: false };
  const words = page.text.split(/\s+/).filter(Boolean).length;
  if (words < minWords) return { ok: false, reason: `not an article (${words} words of text, fewer than ${minWords})`, transient: false };
  let url = finalUrl;
  try {
    if (page.url) url = new URL(page.url, finalUrl).href; // the page's canonical address, so another source's copy is the same URL
  } catch { /* a broken canonical link: keep the fetched address */ }
  return {
    ok: true,
    article: {
      title: page.title ?? item.title, date: item.date ?? page.date ?? null, url,
      source: page.source ?? sourceName ?? new URL(finalUrl).hostname, text: page.text,
    },
  };
}

/** Fetches and reads one item's page. Never throws. */
export async function readItem(item: FeedItem, fetcher: PoliteFetcher, options: Readonly<WatchOptions>, sourceName: string | null, signal?: AbortSignal): Promise<ItemRead> {
  let res;
  try {
    res = await fetcher.get(item.link, { maxBytes: options.maxPageBytes, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' }, signal });
  } catch (err) {
    if (err instanceof FetchFailure) return { ok: false, reason: err.message, transient: err.transient };
    return { ok: false, reason: (err as Error).message, transient: true };
  }
  if (res.status === 429 || res.status >= 500) return { ok: false, reason: `HTTP ${res.status}`, transient: true };
  if (res.status !== 200) return { ok: false, reason: `HTTP ${res.status}`, transient: false };
  const type = res.headers.get('content-type');
  if (type && !HTML_TYPES.test(type)) return { ok: false, reason: `not an HTML page (${type.split(';')[0]})`, transient: false };
  try {
    return fromPage(decodeBody(res.bytes, type), item, res.url, sourceName, options.minWords);
  } catch (err) {
    return { ok: false, reason: `the page could not be read (${(err as Error).message})`, transient: false };
  }
}
