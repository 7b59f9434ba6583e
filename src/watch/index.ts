// The watch layer's public surface: watched sources polled on schedule (feeds and sitemaps), their
// new links read politely and ingested. Sits beside ingest: server/cli → watch → ingest, store.
export { WATCH_DEFAULTS, watchOptions, validateWatchOptions, parseEvery, formatEvery, type WatchOptions } from './defaults.js';
export { systemClock, virtualClock, type Clock } from './clock.js';
export { readListing, SOURCE_KINDS, type FeedItem, type FeedListing, type SourceKind } from './feed-items.js';
export { decodeBody } from './charset.js';
export { fetchLimited, FetchFailure, type Fetched, type FetchLimits } from './http-fetch.js';
export { backoffMs, retryAfterMs } from './backoff.js';
export { pollSource, type ItemLine, type PollReport } from './poll-source.js';
export { Watcher, type WatcherDeps } from './watcher.js';
export { addSource, describeSource, type AddSourceInput, type SourceStatus } from './sources.js';
export { pollLine, itemLine } from './status-line.js';
