// Keeps a server's graph in step with writes made by other processes on the same database (other
// servers, ingest workers): each committed change arrives through `store.onChange` and is applied as
// graph-sync applies this process's own writes — an added article merged in, anything else a rebuild.
// Changes are applied one batch at a time, in commit order; the response caches follow the graph's revision.
import { addArticle, type DiploGraph } from '../graph/build.js';
import type { Store, StoreChange, Unsubscribe } from '../store/index.js';
import type { GraphChanges } from './graph-changes.js';
import { refreshGraph } from './graph-sync.js';

/** Options of `followStore`. */
export interface FollowOptions {
  /** Told of articles added by others, for the event stream. */
  changes?: GraphChanges;
  /** Told when applying a change failed (the next change or resync tries again). */
  onError?: (err: Error) => void;
}

/** Applies other processes' changes to `graph` until the returned function is called. */
export async function followStore(store: Store, graph: DiploGraph, options: FollowOptions = {}): Promise<Unsubscribe> {
  let pending: StoreChange[] = [];
  let running: Promise<void> | null = null;
  const apply = async (batch: StoreChange[]): Promise<void> => {
    if (batch.some((c) => c.kind !== 'added')) {
      await refreshGraph(graph, store);
      return;
    }
    const ids = [...new Set(batch.map((c) => (c as { id: string }).id))];
    // read whole before the graph is touched, as graph-sync does
    const articles = [];
    for await (const a of store.graphArticles(ids)) articles.push(a);
    for (const a of articles) addArticle(graph, a);
    const events = articles.reduce((n, a) => n + a.events.length, 0);
    if (articles.length) options.changes?.articlesAdded({ ids: articles.map((a) => a.id), events, at: new Date().toISOString() });
  };
  const drain = async (): Promise<void> => {
    while (pending.length) {
      const batch = pending;
      pending = [];
      try {
        await apply(batch);
      } catch (err) {
        options.onError?.(err as Error);
      }
    }
    running = null;
  };
  const stop = await store.onChange((change) => {
    pending.push(change);
    running ??= drain();
  });
  return async () => {
    await stop();
    await running;
  };
}
