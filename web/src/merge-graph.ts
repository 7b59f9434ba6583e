// Brings a newer copy of the server's graph into the viewer's: actors and events it lacks are added,
// the attributes of known ones refreshed, positions kept. New actors have no position yet, so
// placeNodes puts each next to a placed neighbour instead of a relayout.
import type { ViewGraph } from './graph-source.js';

/** What a merge added. */
export interface MergeResult {
  nodes: string[];
  edges: number;
}

/** Merges `incoming` into `target` in place. */
export function mergeGraphInto(target: ViewGraph, incoming: ViewGraph): MergeResult {
  const nodes: string[] = [];
  let edges = 0;
  incoming.forEachNode((id, attrs) => {
    const { x: _x, y: _y, ...facts } = attrs;
    if (target.hasNode(id)) target.mergeNodeAttributes(id, facts);
    else {
      target.addNode(id, facts);
      nodes.push(id);
    }
  });
  incoming.forEachEdge((key, attrs, source, target_) => {
    if (target.hasEdge(key)) target.mergeEdgeAttributes(key, attrs);
    else {
      target.addEdgeWithKey(key, source, target_, attrs);
      edges++;
    }
  });
  return { nodes, edges };
}
