// One actor as the API shows it: its attributes, its degree and its events counted by type.
import type { DiploGraph } from '../build.js';
import { EVENT_TYPES, type EventType, type NodeAttributes } from '../../types/index.js';
import { filterEvents, type EventFilter } from './filters.js';

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
  const keys = filterEvents(graph, { ...filter, actor: id });
  for (const k of keys) {
    const type = graph.getEdgeAttribute(k, 'type') as EventType;
    const s = graph.source(k);
    eventCounts[type]++;
    (s === id ? outgoing : incoming)[type]++;
    others.add(s === id ? graph.target(k) : s);
  }
  return {
    id, ...graph.getNodeAttributes(id), eventCounts, outgoing, incoming,
    eventTotal: keys.length, counterparts: others.size,
  };
}
