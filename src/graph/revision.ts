// A graph's revision: a number that changes whenever the graph does, so answers computed from it
// can be kept until it changes (the server's response cache). Counted from graphology's own events,
// which every change of ours emits (addArticle updates actors through updateNodeAttributes).
import type { DiploGraph } from './build.js';

const CHANGES = [
  'nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated',
  'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated',
] as const;

const revisions = new WeakMap<DiploGraph, { n: number }>();

/** The revision of `graph`: equal numbers mean no change in between. Starts counting at the first call. */
export function graphRevision(graph: DiploGraph): number {
  let r = revisions.get(graph);
  if (!r) {
    const made = { n: 0 };
    revisions.set(graph, (r = made));
    const bump = () => { made.n++; };
    for (const event of CHANGES) graph.on(event, bump);
  }
  return r.n;
}
