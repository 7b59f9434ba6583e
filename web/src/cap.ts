// The cap: a graph beyond the viewer's budget is cut to its most connected part. Degrees count only
// the edges the filters keep, so narrowing the filters brings other actors in.
import { emptyGraph, type ViewGraph } from './graph-source.js';

/** The budget. */
export interface Cap {
  maxNodes: number;
  maxEdges: number;
}

/** The cut graph and what was left out. */
export interface CapResult {
  graph: ViewGraph;
  cut: boolean;
  /** Nodes and edges in the whole graph. */
  totalNodes: number;
  totalEdges: number;
}

/**
 * Keeps the most connected nodes (by kept edges) until either budget is met; `include` (the
 * selection) always stays. Returns the graph itself when it fits.
 */
export function capGraph(
  graph: ViewGraph, cap: Cap, keepEdge: (key: string) => boolean, include: Iterable<string> = [],
): CapResult {
  const totals = { totalNodes: graph.order, totalEdges: graph.size };
  if (graph.order <= cap.maxNodes && graph.size <= cap.maxEdges) return { graph, cut: false, ...totals };
  const degree = new Map<string, number>();
  graph.forEachNode((id) => degree.set(id, 0));
  graph.forEachEdge((key, _a, s, t) => {
    if (!keepEdge(key)) return;
    degree.set(s, degree.get(s)! + 1);
    degree.set(t, degree.get(t)! + 1);
  });
  const wanted = [...include].filter((id) => graph.hasNode(id));
  const ranked = [...degree.entries()].filter(([, d]) => d > 0).sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const kept = new Set<string>();
  let edges = 0;
  for (const id of [...wanted, ...ranked]) {
    if (kept.has(id)) continue;
    if (kept.size >= cap.maxNodes) break;
    let added = 0;
    graph.forEachEdge(id, (key, _a, s, t) => {
      if (keepEdge(key) && kept.has(s === id ? t : s)) added++;
    });
    if (edges + added > cap.maxEdges) break;
    kept.add(id);
    edges += added;
  }
  const sub = emptyGraph();
  for (const id of kept) sub.addNode(id, { ...graph.getNodeAttributes(id) });
  graph.forEachEdge((key, attrs, s, t) => {
    if (kept.has(s) && kept.has(t) && keepEdge(key)) sub.addEdgeWithKey(key, s, t, attrs);
  });
  return { graph: sub, cut: true, ...totals };
}
