// The one way articles enter a running server: stored in one transaction, merged into the live
// graph, and announced. POST /api/articles and the in-process watcher both come through here.
import type { DiploGraph } from '../graph/build.js';
import type { Store } from '../store/index.js';
import type { ArticleInput } from '../types/index.js';
import { addToGraph } from './graph-sync.js';
import type { GraphChanges } from './graph-changes.js';
import { ingestArticle, type IngestOptions, type IngestOutcome } from './ingest-article.js';

/** Stores `inputs` (all or none), adds the new ones to `graph` and tells `changes`. */
export async function addArticles(store: Store, graph: DiploGraph, inputs: readonly ArticleInput[], options: IngestOptions & { changes?: GraphChanges } = {}): Promise<IngestOutcome[]> {
  const outcomes = await store.transaction(async (tx) => {
    const out: IngestOutcome[] = [];
    for (const input of inputs) out.push(await ingestArticle(tx, input, options));
    return out;
  });
  const added = outcomes.filter((o) => o.status === 'added');
  if (added.length) {
    await addToGraph(graph, store, added.map((o) => o.id));
    options.changes?.articlesAdded({
      ids: added.map((o) => o.id), events: added.reduce((n, o) => n + o.article.events.length, 0),
      at: (options.now?.() ?? new Date()).toISOString(),
    });
  }
  return outcomes;
}
