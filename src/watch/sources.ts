// Adding a source (its URL and interval checked at the boundary) and describing one's status the
// same way for `diplograph sources list` and `GET /api/sources`.
import type { SourceRecord, Store } from '../store/index.js';
import { WATCH_DEFAULTS, formatEvery } from './defaults.js';

/** What `sources add` takes. */
export interface AddSourceInput {
  url: string;
  name?: string | null;
  everyMs?: number;
  now?: Date;
}

/** Checks and stores a new source; throws a message naming the problem. */
export async function addSource(store: Store, input: AddSourceInput): Promise<SourceRecord> {
  let url: URL;
  try {
    url = new URL(input.url.trim());
  } catch {
    throw new Error(`"${input.url}" is not a URL; give the address of an RSS, Atom or JSON feed or a sitemap`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`"${input.url}" is not an http or https address`);
  const everyMs = input.everyMs ?? WATCH_DEFAULTS.everyMs;
  if (!Number.isFinite(everyMs) || everyMs < WATCH_DEFAULTS.minEveryMs) {
    throw new Error(`--every must be a duration of at least ${formatEvery(WATCH_DEFAULTS.minEveryMs)} such as 15m, 1h or 90s`);
  }
  url.hash = '';
  return store.sources.add({ url: url.href, name: input.name?.trim() || null, everyMs, now: (input.now ?? new Date()).toISOString() });
}

/** A source's health in one word: new (never polled), ok, or failing (its last poll failed). */
export type SourceHealth = 'new' | 'ok' | 'failing';

/** A source as `sources list` and `GET /api/sources` show it. */
export interface SourceStatus {
  id: number;
  url: string;
  name: string | null;
  kind: string | null;
  every: string;
  status: SourceHealth;
  lastPollAt: string | null;
  lastOkAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  failures: number;
  nextPollAt: string;
  items: SourceRecord['counts'];
}

/** The status of one source. */
export function describeSource(s: SourceRecord): SourceStatus {
  const status: SourceHealth = s.lastError ? 'failing' : s.lastPollAt ? 'ok' : 'new';
  return {
    id: s.id, url: s.url, name: s.name, kind: s.kind, every: formatEvery(s.everyMs), status,
    lastPollAt: s.lastPollAt, lastOkAt: s.lastOkAt, lastError: s.lastError, lastErrorAt: s.lastErrorAt,
    failures: s.failures, nextPollAt: s.nextPollAt, items: s.counts,
  };
}
