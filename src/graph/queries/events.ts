// Lists events with their evidence: the filtered edges of the graph, sorted by date and paged.
import type { DiploGraph } from '../build.js';
import type { EdgeAttributes } from '../../types/index.js';
import { filterEvents, matchesEventAttributes, type EventFilter } from './filters.js';
import { eventSortKey, eventView, sortKeyOf, type ArticleLookup, type EventView } from './evidence.js';
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
  // only the edges between the two (graphology indexes them by pair), not every edge of a hub;
  // attributes come with each edge, so filtering and sorting look nothing up again
  const kept: Array<{ key: string; sortKey: string }> = [];
  const take = (key: string, attrs: EdgeAttributes) => {
    if (matchesEventAttributes(graph, key, attrs, filter)) kept.push({ key, sortKey: sortKeyOf(key, attrs.date) });
  };
  graph.forEachOutEdge(a, b, take);
  if (a !== b) graph.forEachOutEdge(b, a, take);
  const cut = paginate(kept, (x) => x.sortKey, page);
  return { ...cut, items: cut.items.map((x) => eventView(graph, x.key, lookup)) };
}
