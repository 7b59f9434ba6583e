// The shortest chain of events linking two actors, whatever the direction of each event, over
// the events that pass the filter; each step carries its events as evidence.
import graphology from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import type { DiploGraph } from '../build.js';
import { filterEvents, type EventFilter } from './filters.js';
import { eventSortKey, eventView, type ArticleLookup, type EventView } from './evidence.js';

/** One link of the chain: two actors and the events between them. */
export interface PathStep {
  from: string;
  to: string;
  events: EventView[];
}

/** A shortest chain of events. */
export interface EventPath {
  from: string;
  to: string;
  /** Number of steps. */
  length: number;
  nodes: Array<{ id: string; label: string; kind: string | null; state: string | null }>;
  steps: PathStep[];
}

/** The shortest chain from `from` to `to`, or null when none links them. Both must exist. */
export function shortestEventPath(
  graph: DiploGraph, from: string, to: string, filter: EventFilter, lookup?: ArticleLookup,
): EventPath | null {
  const keys = filterEvents(graph, { ...filter, actor: undefined });
  // An undirected simple view: one edge per linked pair, holding the keys of its events.
  const view = new graphology.UndirectedGraph<Record<string, never>, { keys: string[] }>();
  view.mergeNode(from);
  view.mergeNode(to);
  for (const k of keys) {
    const s = graph.source(k);
    const t = graph.target(k);
    if (s === t) continue;
    view.mergeNode(s);
    view.mergeNode(t);
    // appended in place: copying the list per event was quadratic for pairs with many events
    if (view.hasEdge(s, t)) view.getEdgeAttribute(s, t, 'keys').push(k);
    else view.addEdge(s, t, { keys: [k] });
  }
  const nodes = from === to ? [from] : bidirectional(view, from, to);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const pair = view.getEdgeAttribute(nodes[i]!, nodes[i + 1]!, 'keys');
    const sorted = [...pair].sort((x, y) => (eventSortKey(graph, x) < eventSortKey(graph, y) ? -1 : 1));
    steps.push({ from: nodes[i]!, to: nodes[i + 1]!, events: sorted.map((k) => eventView(graph, k, lookup)) });
  }
  return {
    from, to, length: steps.length, steps,
    nodes: nodes.map((id) => {
      const a = graph.getNodeAttributes(id);
      return { id, label: a.label ?? id, kind: a.kind ?? null, state: a.state ?? null };
    }),
  };
}
