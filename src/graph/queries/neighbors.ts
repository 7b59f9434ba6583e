// The ego network of an actor: every actor within `depth` events of it (either direction), and
// the kept events and affiliations among them.
import type { DiploGraph } from '../build.js';
import { matchesEvent, type EventFilter } from './filters.js';
import { filteredGraph } from './subgraph.js';

/** The actors within `depth` kept events of `id`, including it. */
export function egoNodes(graph: DiploGraph, id: string, depth: number, filter: EventFilter): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachEdge(n, (k, _a, s, t) => {
        const other = s === n ? t : s;
        if (!seen.has(other) && matchesEvent(graph, k, filter)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

/** The ego network of `id` as a graph, or null when the actor is unknown. */
export function egoNetwork(graph: DiploGraph, id: string, depth: number, filter: EventFilter): DiploGraph | null {
  if (!graph.hasNode(id)) return null;
  const nodes = egoNodes(graph, id, depth, filter);
  const out = filteredGraph(graph, { ...filter, actor: undefined }, nodes);
  if (!out.hasNode(id)) out.addNode(id, { ...graph.getNodeAttributes(id) });
  return out;
}
