// Keeps a running graph in step with the store: built whole at start, an added article merged in,
// and rebuilt in place after a deletion (graph objects held by the server stay the same).
import { addArticle, buildGraph, type DiploGraph } from '../graph/build.js';
import type { Store } from '../store/index.js';

/** The graph of everything stored. */
export function graphFromStore(store: Store): DiploGraph {
  return buildGraph(store.graphArticles());
}

/** Adds stored articles `ids` to `graph` in place. */
export function addToGraph(graph: DiploGraph, store: Store, ids: readonly string[]): DiploGraph {
  for (const a of store.graphArticles(ids)) addArticle(graph, a);
  return graph;
}

/** Rebuilds `graph` in place from the store (after a deletion or a re-resolution). */
export function refreshGraph(graph: DiploGraph, store: Store): DiploGraph {
  graph.clear();
  for (const a of store.graphArticles()) addArticle(graph, a);
  return graph;
}
