// The one event filter every list, view and export shares, and the predicate that applies it.
// Pure: the caller resolves anything that needs the store (article dates) into plain data first.
import type { DiploGraph } from '../build.js';
import type { EdgeAttributes, EventType, NodeAttributes } from '../../types/index.js';

/** Which events a read keeps. Every field is optional; an empty filter keeps every factual event. */
export interface EventFilter {
  /** Keep only these event types. */
  types?: readonly EventType[];
  /** Earliest event date, YYYY-MM-DD inclusive; undated events are left out when set. */
  from?: string;
  /** Latest event date, YYYY-MM-DD inclusive; undated events are left out when set. */
  to?: string;
  /** ISO3: keep events with an endpoint acting for this state. */
  state?: string;
  /** Keep events with this actor at either end. */
  actor?: string;
  /** Keep events from this article. */
  article?: string;
  minConfidence?: number;
  /** Keep negated, hypothetical and future events too (left out by default). */
  includeContext?: boolean;
  /** Keep only events whose article is in this set (asOf, updatedSince resolve to this). */
  articles?: ReadonlySet<string>;
}

/** Is this edge an event (not an affiliation)? */
export const isEventEdge = (a: EdgeAttributes): boolean => a.type !== 'affiliation';

/** Does the filter restrict anything beyond the default context rule? */
export function isRestrictive(f: EventFilter): boolean {
  return Boolean(f.types?.length || f.from || f.to || f.state || f.actor || f.article || f.articles
    || (f.minConfidence !== undefined && f.minConfidence > 0));
}

/** The ISO3 an actor rolls up to: a state's own code, else the state it acts for, else null. */
export function stateOf(graph: DiploGraph, node: string): string | null {
  return graph.hasNode(node) ? stateOfNode(node, graph.getNodeAttributes(node)) : null;
}

/** stateOf for a caller that holds the node's attributes. */
export function stateOfNode(node: string, a: NodeAttributes): string | null {
  if (a.kind === 'state') return a.state ?? (node.startsWith('state:') ? node.slice(6) : null);
  return a.state ?? null;
}

/** Does the event edge `key` pass the filter? Affiliation edges never do. */
export function matchesEvent(graph: DiploGraph, key: string, f: EventFilter): boolean {
  return matchesEventAttributes(graph, key, graph.getEdgeAttributes(key), f);
}

/** matchesEvent for a caller that holds the edge's attributes already. */
export function matchesEventAttributes(graph: DiploGraph, key: string, a: EdgeAttributes, f: EventFilter): boolean {
  if (!isEventEdge(a)) return false;
  if (a.context && !f.includeContext) return false;
  if (f.types?.length && !f.types.includes(a.type as EventType)) return false;
  if ((f.from || f.to) && !a.date) return false;
  if (f.from && a.date! < f.from) return false;
  if (f.to && a.date!.slice(0, f.to.length) > f.to) return false;
  if (f.minConfidence !== undefined && a.confidence < f.minConfidence) return false;
  if (f.article && a.article !== f.article) return false;
  if (f.articles && (!a.article || !f.articles.has(a.article))) return false;
  if (f.actor || f.state) {
    const s = graph.source(key);
    const t = graph.target(key);
    if (f.actor && s !== f.actor && t !== f.actor) return false;
    if (f.state && stateOf(graph, s) !== f.state && stateOf(graph, t) !== f.state) return false;
  }
  return true;
}

/** Keys of every event edge that passes the filter, in the graph's order. */
export function filterEvents(graph: DiploGraph, f: EventFilter): string[] {
  const keys: string[] = [];
  const candidates = f.actor && graph.hasNode(f.actor) ? graph.edges(f.actor) : f.actor ? [] : graph.edges();
  for (const key of candidates) if (matchesEvent(graph, key, f)) keys.push(key);
  return keys;
}

/** What forEachStateEvent gives for each event: its key, attributes, and the states of its ends. */
export type StateEventVisitor = (key: string, a: EdgeAttributes, sourceState: string | null, targetState: string | null) => void;

/**
 * Visits the events filterEvents with `f.state` = `iso` keeps, in no particular order, reading only
 * the edges of the actors that act for the state (the others' edges are most of a graph).
 */
export function forEachStateEvent(graph: DiploGraph, iso: string, f: EventFilter, visit: StateEventVisitor): void {
  const rest = { ...f, state: undefined };
  graph.forEachNode((n, na) => {
    if (stateOfNode(n, na) !== iso) return;
    // an event between two of the state's actors is visited once, from its source
    graph.forEachOutEdge(n, (k, e, _s, t, _sa, ta) => { if (matchesEventAttributes(graph, k, e, rest)) visit(k, e, iso, stateOfNode(t, ta)); });
    graph.forEachInEdge(n, (k, e, s, _t, sa) => {
      const from = stateOfNode(s, sa);
      if (from !== iso && matchesEventAttributes(graph, k, e, rest)) visit(k, e, from, iso);
    });
  });
}

/** The keys forEachStateEvent visits. */
export function stateEvents(graph: DiploGraph, iso: string, f: EventFilter): string[] {
  const keys: string[] = [];
  forEachStateEvent(graph, iso, f, (k) => keys.push(k));
  return keys;
}
