// The ego network of an actor: every actor within `depth` events of it (either direction), and
// the kept events and affiliations among them. Reads only the edges of the actors it reaches, so
// the cost follows the size of the answer, not of the graph.
import { createGraph, type DiploGraph } from '../build.js';
import { matchesEvent, type EventFilter } from './filters.js';

/** The actors within `depth` kept events of `id`, including it, in the order they are reached. */
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

/**
 * The edges among `nodes` that `keep` accepts. Each actor's edges are read from whichever side is
 * smaller: its own edge list, or the pair lookups to the actors after it.
 */
function edgesAmong(graph: DiploGraph, nodes: readonly string[], keep: (key: string) => boolean): string[] {
  const rank = new Map(nodes.map((n, i) => [n, i]));
  const out: string[] = [];
  const take = (k: string) => { if (keep(k)) out.push(k); };
  nodes.forEach((n, i) => {
    if (graph.degree(n) <= nodes.length - i) {
      // an edge is taken from its endpoint reached first; a self-loop once, from its out side
      graph.forEachOutEdge(n, (k, _a, _s, t) => { if ((rank.get(t) ?? -1) >= i) take(k); });
      graph.forEachInEdge(n, (k, _a, s) => { if ((rank.get(s) ?? -1) > i) take(k); });
    } else {
      for (let j = i; j < nodes.length; j++) {
        const m = nodes[j]!;
        graph.forEachOutEdge(n, m, take);
        if (m !== n) graph.forEachOutEdge(m, n, take);
      }
    }
  });
  return out;
}

/** The ego network of `id` as a graph, or null when the actor is unknown. */
export function egoNetwork(graph: DiploGraph, id: string, depth: number, filter: EventFilter): DiploGraph | null {
  if (!graph.hasNode(id)) return null;
  const nodes = [...egoNodes(graph, id, depth, filter)];
  const f = { ...filter, actor: undefined };
  const out = createGraph();
  for (const n of nodes) out.addNode(n, { ...graph.getNodeAttributes(n) });
  const keys = edgesAmong(graph, nodes, (k) => graph.getEdgeAttribute(k, 'type') === 'affiliation' || matchesEvent(graph, k, f));
  for (const k of keys) out.addEdgeWithKey(k, graph.source(k), graph.target(k), { ...graph.getEdgeAttributes(k) });
  return out;
}
