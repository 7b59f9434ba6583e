// Filtered copies of the graph: the view every graph-shaped answer (graph, export, ego network) is
// cut from. Actors view keeps actors and events; states view rolls actors up to their state.
import { createGraph, type DiploGraph } from '../build.js';
import type { EdgeAttributes, NodeAttributes } from '../../types/index.js';
import { filterEvents, isRestrictive, matchesEventAttributes, stateOfNode, type EventFilter } from './filters.js';

/** The two shapes a graph answer can take. */
export const GRAPH_VIEWS = ['actors', 'states'] as const;
/** One graph view. */
export type GraphView = (typeof GRAPH_VIEWS)[number];

/**
 * A copy holding the events that pass `filter`. With no restriction, every actor and affiliation
 * stays; otherwise the actors at either end of a kept event, and affiliations among them.
 */
export function filteredGraph(graph: DiploGraph, filter: EventFilter, nodes?: ReadonlySet<string>): DiploGraph {
  const out = createGraph();
  const keep = (n: string) => !nodes || nodes.has(n);
  const keys = filterEvents(graph, filter).filter((k) => keep(graph.source(k)) && keep(graph.target(k)));
  if (!isRestrictive(filter)) {
    graph.forEachNode((n, a) => { if (keep(n)) out.addNode(n, { ...a }); });
  }
  for (const k of keys) {
    for (const n of [graph.source(k), graph.target(k)]) if (!out.hasNode(n)) out.addNode(n, { ...graph.getNodeAttributes(n) });
  }
  for (const k of keys) out.addEdgeWithKey(k, graph.source(k), graph.target(k), { ...graph.getEdgeAttributes(k) });
  const affiliation = (k: string, a: EdgeAttributes, s: string, t: string) => {
    if (a.type === 'affiliation' && out.hasNode(s) && out.hasNode(t)) out.addEdgeWithKey(k, s, t, { ...a });
  };
  if (!isRestrictive(filter)) graph.forEachEdge(affiliation);
  else {
    // a cut: the affiliations of the actors kept, each going out of a person, organization or group
    // (a state's own out-edges are its events, thousands for a busy one)
    out.forEachNode((n, a) => { if (a.kind !== 'state') graph.forEachOutEdge(n, affiliation); });
  }
  return out;
}

/** Attributes of an edge in the states view: the events of one type between two states. */
export interface StateEdgeAttributes {
  type: string;
  count: number;
  first: string | null;
  last: string | null;
}

/** The states view: one node per state, one edge per (from, to, type) with a count and dates. */
export function statesGraph(graph: DiploGraph, filter: EventFilter): DiploGraph {
  const out = createGraph();
  const addState = (iso: string) => {
    const id = `state:${iso}`;
    if (out.hasNode(id)) return id;
    const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
    out.addNode(id, { label: a?.label ?? iso, kind: 'state', state: iso, role: null, aliases: a?.aliases ?? [], articles: a?.articles ?? [] });
    return id;
  };
  // tallied in a map first (in the order each edge first appears), then added: one edge object each;
  // each edge comes with its attributes and its ends' attributes, so nothing is looked up again
  const edges = new Map<string, { s: string; t: string; attrs: StateEdgeAttributes }>();
  const ids = new Map<string, string>();
  const stateId = (iso: string) => ids.get(iso) ?? (ids.set(iso, addState(iso)), ids.get(iso)!);
  const f = { ...filter, actor: undefined };
  const visit = (k: string, a: EdgeAttributes, source: string, target: string, sourceAttrs: NodeAttributes, targetAttrs: NodeAttributes) => {
    if (!matchesEventAttributes(graph, k, a, f)) return;
    const sa = stateOfNode(source, sourceAttrs);
    const ta = stateOfNode(target, targetAttrs);
    if (!sa || !ta) return;
    const s = stateId(sa);
    const t = stateId(ta);
    const { type, date } = a;
    const key = `${s}->${t}:${type}`;
    const e = edges.get(key);
    if (!e) {
      edges.set(key, { s, t, attrs: { type, count: 1, first: date ?? null, last: date ?? null } });
      return;
    }
    e.attrs.count++;
    if (date && (!e.attrs.first || date < e.attrs.first)) e.attrs.first = date;
    if (date && (!e.attrs.last || date > e.attrs.last)) e.attrs.last = date;
  };
  if (filter.actor) {
    if (graph.hasNode(filter.actor)) graph.forEachEdge(filter.actor, visit);
  } else graph.forEachEdge(visit);
  for (const [key, { s, t, attrs }] of edges) out.addEdgeWithKey(key, s, t, attrs as never);
  return out;
}

/** The view asked for. */
export function graphView(graph: DiploGraph, filter: EventFilter, view: GraphView = 'actors'): DiploGraph {
  return view === 'states' ? statesGraph(graph, filter) : filteredGraph(graph, filter);
}
