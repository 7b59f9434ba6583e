// Lists events with their evidence: the filtered edges of the graph, sorted by date and paged.
import type { DiploGraph } from '../build.js';
import { filterEvents, matchesEvent, type EventFilter } from './filters.js';
import { eventSortKey, eventView, type ArticleLookup, type EventView } from './evidence.js';
import { paginate, type Page, type PageRequest } from './paging.js';

/** One page of the events that pass `filter`, oldest first. */
export function listEvents(
  graph: DiploGraph, filter: EventFilter, page: PageRequest, lookup?: ArticleLookup,
): Page<EventView> {
  const keys = filterEvents(graph, filter);
  const cut = paginate(keys, (k) => eventSortKey(graph, k), page);
  return { ...cut, items: cut.items.map((k) => eventView(graph, k, lookup)) };
}

/** One page of every event between `a` and `b`, in both directions. */
export function eventsBetween(
  graph: DiploGraph, a: string, b: string, filter: EventFilter, page: PageRequest, lookup?: ArticleLookup,
): Page<EventView> {
  // only the edges between the two (graphology indexes them by pair), not every edge of a hub
  const pair = a === b ? graph.outEdges(a, a) : [...graph.outEdges(a, b), ...graph.outEdges(b, a)];
  const keys = pair.filter((k) => matchesEvent(graph, k, filter));
  const cut = paginate(keys, (k) => eventSortKey(graph, k), page);
  return { ...cut, items: cut.items.map((k) => eventView(graph, k, lookup)) };
}
