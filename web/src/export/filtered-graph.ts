// The graph as shown: the nodes and edges the filters keep, with their facts only (no position,
// size or colour), in the same serialized form the server sends.
import { emptyGraph, type ViewGraph } from '../graph-source.js';
import type { Visibility } from '../visibility.js';

/** A copy of what is visible, facts only. */
export function filteredGraph(graph: ViewGraph, visibility: Visibility): ViewGraph {
  const out = emptyGraph();
  graph.forEachNode((id, attrs) => {
    if (!visibility.nodes.has(id)) return;
    const { x: _x, y: _y, ...facts } = attrs;
    out.addNode(id, facts);
  });
  graph.forEachEdge((key, attrs, s, t) => {
    if (visibility.edges.has(key) && out.hasNode(s) && out.hasNode(t)) out.addEdgeWithKey(key, s, t, attrs);
  });
  return out;
}
