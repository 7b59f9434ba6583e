// The shortest chain of events linking two actors, whatever the direction of each event, over
// the events that pass the filter; each step carries its events as evidence.
import type { DiploGraph } from '../build.js';
import type { EdgeAttributes } from '../../types/index.js';
import { matchesEventAttributes, type EventFilter } from './filters.js';
import { eventsBetween } from './events.js';
import type { ArticleLookup, EventView } from './evidence.js';

/** One link of the chain: two actors and the events between them (the first ones by date). */
export interface PathStep {
  from: string;
  to: string;
  /** Events between the two that pass the filter. */
  total: number;
  /** True when `events` holds fewer than `total` (the rest: /api/relations for the pair). */
  truncated: boolean;
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

/**
 * The shortest chain from `from` to `to`, or null when none links them. Both must exist. Each step
 * shows at most `eventsPerStep` of its events, oldest first (a step between two busy states may
 * have thousands).
 */
export function shortestEventPath(
  graph: DiploGraph, from: string, to: string, filter: EventFilter, lookup?: ArticleLookup, eventsPerStep = Infinity,
): EventPath | null {
  const f = { ...filter, actor: undefined };
  const nodes = from === to ? [from] : meet(graph, from, to, f);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const page = eventsBetween(graph, nodes[i]!, nodes[i + 1]!, f, { limit: eventsPerStep }, lookup);
    steps.push({ from: nodes[i]!, to: nodes[i + 1]!, total: page.total, truncated: page.truncated, events: page.items });
  }
  return {
    from, to, length: steps.length, steps,
    nodes: nodes.map((id) => {
      const a = graph.getNodeAttributes(id);
      return { id, label: a.label ?? id, kind: a.kind ?? null, state: a.state ?? null };
    }),
  };
}

// Does an event that passes the filter link u and v, either way?
function linked(graph: DiploGraph, u: string, v: string, f: EventFilter): boolean {
  const passes = (k: string, a: EdgeAttributes) => matchesEventAttributes(graph, k, a, f);
  return graph.someOutEdge(u, v, passes) || graph.someOutEdge(v, u, passes);
}

// Breadth-first from both ends at once over the events that pass the filter, whatever their
// direction, expanding the smaller side a level at a time; reads only the actors it reaches (no copy
// of the graph per request). The nodes of a shortest chain, or null.
function meet(graph: DiploGraph, from: string, to: string, f: EventFilter): string[] | null {
  const fromSide = new Map<string, string | null>([[from, null]]);
  const toSide = new Map<string, string | null>([[to, null]]);
  let fromFrontier = [from];
  let toFrontier = [to];
  while (fromFrontier.length && toFrontier.length) {
    const forward = fromFrontier.length <= toFrontier.length;
    const [mine, other] = forward ? [fromSide, toSide] : [toSide, fromSide];
    const frontier = forward ? fromFrontier : toFrontier;
    // a busy actor next to a small other side: ask for the pairs before reading all its neighbours
    // (any meeting found at this level makes a chain of the same, shortest length)
    for (const u of frontier) {
      if (other.size * 2 >= graph.degree(u)) continue;
      for (const w of other.keys()) {
        if (linked(graph, u, w, f)) {
          mine.set(w, u);
          return chain(fromSide, toSide, w);
        }
      }
    }
    const next: string[] = [];
    for (const u of frontier) {
      // by neighbour, not by edge: a state has thousands of events with a few hundred actors
      for (const { neighbor: v } of graph.neighborEntries(u)) {
        if (v === u || mine.has(v) || !linked(graph, u, v, f)) continue;
        mine.set(v, u);
        if (other.has(v)) return chain(fromSide, toSide, v);
        next.push(v);
      }
    }
    if (forward) fromFrontier = next; else toFrontier = next;
  }
  return null;
}

// The chain through the meeting node: its parents back to `from`, then forward to `to`.
function chain(fromSide: Map<string, string | null>, toSide: Map<string, string | null>, at: string): string[] {
  const head: string[] = [];
  for (let n: string | null | undefined = at; n != null; n = fromSide.get(n)) head.unshift(n);
  for (let n = toSide.get(at); n != null; n = toSide.get(n)) head.push(n);
  return head;
}
