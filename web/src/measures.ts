// Node measures the viewer can size by (degree, events, articles) and Louvain communities to colour
// by. Derived on the client from the graph in view.
import louvain from 'graphology-communities-louvain';
import Graph from 'graphology';
import type { ViewGraph } from './graph-source.js';
import type { SizeBy } from './view-state.js';

/** The raw value of a measure for every node. */
export function measure(graph: ViewGraph, by: SizeBy): Map<string, number> {
  const values = new Map<string, number>();
  graph.forEachNode((id, attrs) => {
    if (by === 'articles') values.set(id, attrs.articles.length);
    else if (by === 'events') {
      let n = 0;
      graph.forEachEdge(id, (_k, e) => {
        if (e.type !== 'affiliation') n++;
      });
      values.set(id, n);
    } else {
      // Degree counts distinct neighbours: ten meetings with one leader is one relation.
      values.set(id, graph.neighbors(id).length);
    }
  });
  return values;
}

/** Screen sizes from raw values: square-root scale between `min` and `max`. */
export function sizesFrom(values: Map<string, number>, min: number, max: number): Map<string, number> {
  let top = 0;
  for (const v of values.values()) top = Math.max(top, v);
  const sizes = new Map<string, number>();
  for (const [id, v] of values) sizes.set(id, top > 0 ? min + (max - min) * Math.sqrt(v / top) : min);
  return sizes;
}

/** Louvain communities on the undirected, weighted projection of the graph (events only). */
export function communities(graph: ViewGraph): Map<string, number> {
  const simple = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((id) => simple.addNode(id));
  graph.forEachEdge((_k, attrs, s, t) => {
    if (s === t) return;
    if (simple.hasEdge(s, t)) simple.updateEdgeAttribute(s, t, 'weight', (w: number) => w + 1);
    else simple.addEdge(s, t, { weight: attrs.type === 'affiliation' ? 0.5 : 1 });
  });
  const assignment = louvain(simple, { getEdgeWeight: 'weight', rng: seeded(42) });
  return new Map(Object.entries(assignment));
}

// A fixed seed keeps the colours of communities the same from one reload to the next.
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
