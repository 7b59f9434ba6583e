// A store, a virtual clock and a watcher over the local news site, for the watch tests. Articles go
// in through ingestArticle as POST /api/articles does; nothing in the fixture waits for real time
// except the few test requests that must time out.
import { ingestArticle } from '../../../src/ingest/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { virtualClock, Watcher, type WatchOptions } from '../../../src/watch/index.js';

/** A fresh in-memory store and a watcher on a virtual clock. */
export async function watchFixture(options: Partial<WatchOptions> = {}) {
  const store: Store = await openStore(':memory:');
  const clock = virtualClock();
  const watcher = new Watcher({
    store, clock, ingest: async (input) => await ingestArticle(store, input, { now: () => new Date(clock.now()) }),
    options: { perHostIntervalMs: 0, timeoutMs: 2_000, ...options },
  });
  return { store, clock, watcher };
}
