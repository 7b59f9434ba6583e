// Keeps a running graph in step with the store: built whole at start, an added article merged in,
// and rebuilt in place after a deletion (graph objects held by the server stay the same). The store's
// articles are read whole before the graph is touched.
import { addArticle, buildGraph, type DiploGraph } from '../graph/build.js';
import type { Store } from '../store/index.js';

/** The graph of everything stored. */
export async function graphFromStore(store: Store): Promise<DiploGraph> {
  const articles = [];
  for await (const a of store.graphArticles()) articles.push(a);
  return buildGraph(articles);
}

/** Adds stored articles `ids` to `graph` in place. */
export async function addToGraph(graph: DiploGraph, store: Store, ids: readonly string[]): Promise<DiploGraph> {
  for await (const a of store.graphArticles(ids)) addArticle(graph, a);
  return graph;
}

/** Rebuilds `graph` in place from the store (after a deletion or a re-resolution). */
export async function refreshGraph(graph: DiploGraph, store: Store): Promise<DiploGraph> {
  // read first, then swap: the graph is never seen half-built by a request served meanwhile
  const articles = [];
  for await (const a of store.graphArticles()) articles.push(a);
  graph.clear();
  for (const a of articles) addArticle(graph, a);
  return graph;
}
