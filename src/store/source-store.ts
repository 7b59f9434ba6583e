// The watched sources' part of the store: feeds and sitemaps with their schedule, conditional-GET
// validators, back-off state, and the links each has listed with what became of them.
// Reached as `store.sources`; SQLite implements it in sqlite/source-store.ts.

/** What became of one link a source listed. */
export const ITEM_OUTCOMES = ['ingested', 'duplicate', 'failed', 'retry'] as const;
/** One of ITEM_OUTCOMES. */
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/** A watched feed or sitemap as stored, with its counts. */
export interface SourceRecord {
  id: number;
  url: string;
  name: string | null;
  /** Polling interval in milliseconds. */
  everyMs: number;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO time it is due again. */
  nextPollAt: string;
  lastPollAt: string | null;
  lastOkAt: string | null;
  lastErrorAt: string | null;
  /** Why the last poll failed; null after a good one. */
  lastError: string | null;
  /** Failed polls in a row. */
  failures: number;
  /** rss, atom, json or sitemap, as last read. */
  kind: string | null;
  /** Links listed so far, and how many became articles, duplicates, failures, or wait for a retry. */
  counts: { seen: number; ingested: number; duplicate: number; failed: number; retry: number };
}

/** One remembered link. */
export interface SourceItem {
  link: string;
  seenAt: string;
  outcome: ItemOutcome;
  detail: string | null;
  attempts: number;
}

/** What a poll writes back about its source. */
export type SourcePollUpdate = Partial<Pick<SourceRecord,
  'etag' | 'lastModified' | 'nextPollAt' | 'lastPollAt' | 'lastOkAt' | 'lastErrorAt' | 'lastError' | 'failures' | 'kind'>>;

/** Storage of watched sources. Every method is asynchronous. */
export interface SourceStore {
  /** Adds a source, due at once; throws a message when its URL is already watched. */
  add(source: { url: string; name: string | null; everyMs: number; now: string }): Promise<SourceRecord>;
  /** Every source, oldest first. */
  list(): Promise<SourceRecord[]>;
  /** One source by id or URL, or null. */
  get(idOrUrl: number | string): Promise<SourceRecord | null>;
  /** Removes a source and its remembered links; false when there was none. */
  remove(id: number): Promise<boolean>;
  /** Records the outcome of a poll. */
  update(id: number, change: SourcePollUpdate): Promise<void>;
  /** The remembered link, or null when the source never listed it. */
  item(id: number, link: string): Promise<SourceItem | null>;
  /** Remembers what became of a link (a second call for the same link counts an attempt). */
  recordItem(id: number, item: { link: string; outcome: ItemOutcome; detail: string | null; now: string }): Promise<void>;
  /** Links waiting for another try (outcome retry), oldest first. */
  retryLinks(id: number): Promise<string[]>;
  /** The latest remembered links of a source, newest first. */
  recentItems(id: number, limit: number): Promise<SourceItem[]>;
}
