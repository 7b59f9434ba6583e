// Which nodes and edges the filters keep: edge types (the legend), states and the time window.
// Computed once per filter change (O(E)); the reducers then only look up the two sets.
import type { ViewGraph } from './graph-source.js';

/** The filters that hide things. */
export interface Filters {
  hiddenTypes: ReadonlySet<string>;
  /** ISO3 codes to keep; empty keeps all. */
  states: ReadonlySet<string>;
  /** `YYYY-MM` bounds, inclusive; null is open. */
  from: string | null;
  to: string | null;
}

/** What the filters keep. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** True when some filter hides something. */
  filtered: boolean;
}

/** Is this `YYYY-MM-DD` date inside the window? An undated event is inside only an open window. */
export function inWindow(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const month = date.slice(0, 7);
  return (!from || month >= from) && (!to || month <= to);
}

/**
 * Applies the filters. A node is kept when its state passes; when an event filter (types or time)
 * is on, it must also take part in at least one kept event, so the time slider shows relations
 * appearing rather than a cloud of idle actors.
 */
export function computeVisibility(graph: ViewGraph, f: Filters): Visibility {
  const eventFilter = f.hiddenTypes.size > 0 || f.from !== null || f.to !== null;
  const stateOk = (id: string) => {
    if (f.states.size === 0) return true;
    const s = graph.getNodeAttribute(id, 'state');
    return s !== null && f.states.has(s);
  };
  const candidates = new Set<string>();
  graph.forEachNode((id) => {
    if (stateOk(id)) candidates.add(id);
  });
  const edges = new Set<string>();
  const active = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (!candidates.has(source) || !candidates.has(target)) return;
    if (f.hiddenTypes.has(attrs.type)) return;
    if (attrs.type === 'affiliation') {
      edges.add(key);
      return;
    }
    if (!inWindow(attrs.date, f.from, f.to)) return;
    edges.add(key);
    active.add(source);
    active.add(target);
  });
  const nodes = eventFilter ? active : candidates;
  if (eventFilter) {
    for (const key of edges) {
      if (!nodes.has(graph.source(key)) || !nodes.has(graph.target(key))) edges.delete(key);
    }
  }
  const filtered = nodes.size < graph.order || edges.size < graph.size;
  return { nodes, edges, filtered };
}
