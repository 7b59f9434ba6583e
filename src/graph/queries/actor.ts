// One actor as the API shows it: its attributes, its degree and its events counted by type.
import type { DiploGraph } from '../build.js';
import { EVENT_TYPES, type EventType, type NodeAttributes } from '../../types/index.js';
import { matchesEventAttributes, type EventFilter } from './filters.js';

/** An actor with its event counts. */
export interface ActorView extends NodeAttributes {
  id: string;
  /** Events by type, both directions, under the filter (context events left out by default). */
  eventCounts: Record<EventType, number>;
  /** Events it started, by type. */
  outgoing: Record<EventType, number>;
  /** Events aimed at it, by type. */
  incoming: Record<EventType, number>;
  eventTotal: number;
  /** Distinct actors it has events with. */
  counterparts: number;
}

/** Counts of zero for every event type. */
export const zeroCounts = (): Record<EventType, number> =>
  Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;

/** The actor `id` with its counts, or null when the graph does not hold it. */
export function getActor(graph: DiploGraph, id: string, filter: EventFilter = {}): ActorView | null {
  if (!graph.hasNode(id)) return null;
  const eventCounts = zeroCounts();
  const outgoing = zeroCounts();
  const incoming = zeroCounts();
  const others = new Set<string>();
  const f = { ...filter, actor: undefined };
  let total = 0;
  // the attributes and ends come with each edge: nothing is looked up again
  graph.forEachEdge(id, (k, a, s, t) => {
    if (!matchesEventAttributes(graph, k, a, f)) return;
    const type = a.type as EventType;
    total++;
    eventCounts[type]++;
    (s === id ? outgoing : incoming)[type]++;
    others.add(s === id ? t : s);
  });
  return {
    id, ...graph.getNodeAttributes(id), eventCounts, outgoing, incoming,
    eventTotal: total, counterparts: others.size,
  };
}
