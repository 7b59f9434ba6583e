// One poll of one source: a conditional GET of the feed or sitemap (ETag, Last-Modified), its new
// links read and ingested one by one, and the source's status written back: last ok or last error
// with its reason, the next poll (its interval; doubled per failure in a row, capped; never before a
// Retry-After). A bad item is a status line, never the end of the poll.
import type { IngestOutcome } from '../ingest/index.js';
import { isStorageFailure, type ItemOutcome, type SourceRecord, type Store } from '../store/index.js';
import type { ArticleInput } from '../types/index.js';
import { backoffMs, retryAfterMs } from './backoff.js';
import { decodeBody } from './charset.js';
import type { Clock } from './clock.js';
import type { WatchOptions } from './defaults.js';
import { readListing, type FeedItem, type FeedListing } from './feed-items.js';
import { FetchFailure } from './http-fetch.js';
import type { PoliteFetcher } from './polite-fetch.js';
import { readItem } from './read-item.js';

/** What became of one link in a poll. */
export interface ItemLine {
  link: string;
  outcome: ItemOutcome;
  /** The article id (ingested), the stored article it repeats (duplicate), or the reason (failed, retry). */
  detail: string | null;
}

/** What one poll did. */
export interface PollReport {
  sourceId: number;
  url: string;
  /** ok: read; not-modified: 304; error: the feed itself failed (see `error`). */
  status: 'ok' | 'not-modified' | 'error';
  error: string | null;
  /** Links the feed listed this time. */
  listed: number;
  items: ItemLine[];
  nextPollAt: string;
}

/** What a poll needs. */
export interface PollDeps {
  store: Store;
  fetcher: PoliteFetcher;
  clock: Clock;
  options: Readonly<WatchOptions>;
  /** Stores one article the way POST /api/articles does (and updates the live graph, when there is one). */
  ingest: (input: ArticleInput) => Promise<IngestOutcome>;
  /** Called after each item, for progress lines. */
  onItem?: (source: SourceRecord, line: ItemLine) => void;
  signal?: AbortSignal;
}

const iso = (t: number) => new Date(t).toISOString();

/** Polls `source` once; never throws but for a database that cannot be written. */
export async function pollSource(source: SourceRecord, deps: PollDeps): Promise<PollReport> {
  const { store, clock, options } = deps;
  const started = clock.now();
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml, text/xml;q=0.9, */*;q=0.5' };
  if (source.etag) headers['if-none-match'] = source.etag;
  if (source.lastModified) headers['if-modified-since'] = source.lastModified;

  const fail = async (error: string, retryAfter: number | null = null): Promise<PollReport> => {
    const failures = source.failures + 1;
    const now = clock.now();
    const next = now + Math.max(backoffMs(failures, source.everyMs, Math.max(options.backoffCapMs, source.everyMs)), retryAfter ?? 0);
    await store.sources.update(source.id, { lastPollAt: iso(now), lastErrorAt: iso(now), lastError: error, failures, nextPollAt: iso(next) });
    return { sourceId: source.id, url: source.url, status: 'error', error, listed: 0, items: [], nextPollAt: iso(next) };
  };

  let res;
  try {
    res = await deps.fetcher.get(source.url, { maxBytes: options.maxFeedBytes, headers, signal: deps.signal });
  } catch (err) {
    return fail(err instanceof FetchFailure ? err.message : (err as Error).message);
  }
  const ok = async (status: PollReport['status'], listed: number, items: ItemLine[], change: Partial<SourceRecord> = {}): Promise<PollReport> => {
    const now = clock.now();
    const next = Math.max(started + source.everyMs, now);
    await store.sources.update(source.id, {
      lastPollAt: iso(now), lastOkAt: iso(now), lastError: null, failures: 0, nextPollAt: iso(next),
      etag: res.headers.get('etag') ?? change.etag, lastModified: res.headers.get('last-modified') ?? change.lastModified, kind: change.kind,
    });
    return { sourceId: source.id, url: source.url, status, error: null, listed, items, nextPollAt: iso(next) };
  };
  if (res.status === 304) {
    // the feed is as it was, but links that failed for a passing reason are due another try
    const pending = (await store.sources.retryLinks(source.id)).map((link) => ({ link, title: null, date: null }));
    return ok('not-modified', 0, await readNewItems(source, pending, deps));
  }
  if (res.status !== 200) {
    const wait = res.status === 429 || res.status === 503 ? retryAfterMs(res.headers.get('retry-after'), clock.now()) : null;
    return fail(`HTTP ${res.status}${wait !== null ? ` (Retry-After ${Math.round(wait / 1000)} s)` : ''}`, wait);
  }
  let listing: FeedListing;
  try {
    listing = readListing(decodeBody(res.bytes, res.headers.get('content-type')), res.url, res.headers.get('content-type'));
  } catch (err) {
    return fail((err as Error).message);
  }
  const lines = await readNewItems(source, listing.items, deps);
  return ok('ok', listing.items.length, lines, { kind: listing.kind });
}

/** The links not read before (and those waiting for a retry), up to the per-poll limit. */
async function newItems(source: SourceRecord, items: FeedItem[], deps: PollDeps): Promise<FeedItem[]> {
  const out: FeedItem[] = [];
  for (const it of items) {
    if (out.length >= deps.options.maxItemsPerPoll) break;
    const known = await deps.store.sources.item(source.id, it.link);
    if (!known || (known.outcome === 'retry' && known.attempts < deps.options.maxAttempts)) out.push(it);
  }
  return out;
}

async function readNewItems(source: SourceRecord, items: FeedItem[], deps: PollDeps): Promise<ItemLine[]> {
  const lines: ItemLine[] = [];
  for (const item of await newItems(source, items, deps)) {
    if (deps.signal?.aborted) break;
    const line = await readOne(source, item, deps);
    await deps.store.sources.recordItem(source.id, { ...line, now: iso(deps.clock.now()) });
    lines.push(line);
    deps.onItem?.(source, line);
  }
  return lines;
}

async function readOne(source: SourceRecord, item: FeedItem, deps: PollDeps): Promise<ItemLine> {
  const { link } = item;
  // "/wiki/X" already stored (by another source, or from a file): no request needed
  const stored = await deps.store.findDuplicate({ url: link, contentHash: '' });
  if (stored) return { link, outcome: 'duplicate', detail: stored };
  const read = await readItem(item, deps.fetcher, deps.options, source.name, deps.signal);
  if (!read.ok) {
    const attempts = ((await deps.store.sources.item(source.id, link))?.attempts ?? 0) + 1;
    const retry = read.transient && attempts < deps.options.maxAttempts;
    return { link, outcome: retry ? 'retry' : 'failed', detail: read.reason };
  }
  try {
    const out = await deps.ingest(read.article);
    return out.status === 'added' ? { link, outcome: 'ingested', detail: out.id } : { link, outcome: 'duplicate', detail: out.duplicateOf };
  } catch (err) {
    if (isStorageFailure(err)) throw err;
    return { link, outcome: 'failed', detail: `not stored: ${(err as Error).message}` };
  }
}
