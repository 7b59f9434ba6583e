// Totals over the graph: actors by kind, events by type, context events, articles and date range.
import type { DiploGraph } from '../build.js';
import { ENTITY_KINDS, type EntityKind, type EventType } from '../../types/index.js';
import { zeroCounts } from './actor.js';
import { filterEvents, isEventEdge, type EventFilter } from './filters.js';

/** Totals for /api/stats. */
export interface GraphStats {
  actors: number;
  actorsByKind: Record<EntityKind, number>;
  states: number;
  events: number;
  eventsByType: Record<EventType, number>;
  /** Negated, hypothetical or future events (not in `events` unless includeContext). */
  contextEvents: number;
  affiliations: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  /** The ten actors with most kept events. */
  topActors: Array<{ id: string; label: string; events: number }>;
}

/** Totals over the events that pass `filter`. */
export function graphStats(graph: DiploGraph, filter: EventFilter): GraphStats {
  const actorsByKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  graph.forEachNode((_n, a) => { if (a.kind) actorsByKind[a.kind]++; });
  const eventsByType = zeroCounts();
  const articles = new Set<string>();
  const perActor = new Map<string, number>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  const keys = filterEvents(graph, filter);
  for (const k of keys) {
    const a = graph.getEdgeAttributes(k);
    eventsByType[a.type as EventType]++;
    if (a.article) articles.add(a.article);
    if (a.date && (!firstDate || a.date < firstDate)) firstDate = a.date;
    if (a.date && (!lastDate || a.date > lastDate)) lastDate = a.date;
    for (const n of [graph.source(k), graph.target(k)]) perActor.set(n, (perActor.get(n) ?? 0) + 1);
  }
  let contextEvents = 0;
  let affiliations = 0;
  graph.forEachEdge((_k, a) => {
    if (!isEventEdge(a)) affiliations++;
    else if (a.context) contextEvents++;
  });
  const topActors = [...perActor]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 10)
    .map(([id, events]) => ({ id, label: graph.getNodeAttribute(id, 'label') ?? id, events }));
  return {
    actors: graph.order, actorsByKind, states: actorsByKind.state, events: keys.length, eventsByType,
    contextEvents, affiliations, articles: articles.size, firstDate, lastDate, topActors,
  };
}
