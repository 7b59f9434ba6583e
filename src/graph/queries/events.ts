// Lists events with their evidence, oldest first and paged: every event, an actor's, a pair's.
// Each list reads its events in date order from event-order.ts and stops once the page is full;
// only the total of a narrowing filter needs a pass over the whole list.
import type { DiploGraph } from '../build.js';
import type { EventType } from '../../types/index.js';
import { isRestrictive, matchesEvent, type EventFilter } from './filters.js';
import { eventSortKey, eventView, type ArticleLookup, type EventView } from './evidence.js';
import { eventOrder, positionAfter, type OrderedEvents } from './event-order.js';
import { encodeCursor, type Page, type PageRequest } from './paging.js';

/** One page of the events that pass `filter`, oldest first. */
export function listEvents(
  graph: DiploGraph, filter: EventFilter, page: PageRequest, lookup?: ArticleLookup,
): Page<EventView> {
  if (filter.actor && !graph.hasNode(filter.actor)) return { items: [], total: 0, truncated: false, nextCursor: null };
  const order = eventOrder(graph);
  const ordered = filter.actor ? order.ofActor(filter.actor) : order.all();
  return views(graph, pageOf(graph, ordered, filter, { ...filter, actor: undefined }, page), lookup);
}

/** One page of every event between `a` and `b`, in both directions. */
export function eventsBetween(
  graph: DiploGraph, a: string, b: string, filter: EventFilter, page: PageRequest, lookup?: ArticleLookup,
): Page<EventView> {
  const ordered = eventOrder(graph).between(a, b);
  return views(graph, pageOf(graph, ordered, filter, { ...filter, actor: undefined }, page), lookup);
}

function views(graph: DiploGraph, page: Page<string>, lookup?: ArticleLookup): Page<EventView> {
  return { ...page, items: page.items.map((k) => eventView(graph, k, lookup)) };
}

// The page of `ordered` after the cursor that passes `filter`. `narrowing` is the filter without
// what the list's scope implies already: when it narrows by type at most, the total is a count kept.
function pageOf(graph: DiploGraph, ordered: OrderedEvents, filter: EventFilter, narrowing: EventFilter, req: PageRequest): Page<string> {
  const { keys } = ordered;
  const items: string[] = [];
  let i = req.after === undefined ? 0 : positionAfter(graph, keys, req.after);
  for (; i < keys.length && items.length <= req.limit; i++) if (matchesEvent(graph, keys[i]!, filter)) items.push(keys[i]!);
  const truncated = items.length > req.limit;
  if (truncated) items.pop();
  let total = 0;
  if (!isRestrictive({ ...narrowing, types: undefined })) {
    // narrowed by type at most: the scope's counts say how many
    for (const [type, n] of ordered.byType) {
      if (narrowing.types?.length && !narrowing.types.includes(type as EventType)) continue;
      total += n - (filter.includeContext ? 0 : ordered.withContextByType.get(type) ?? 0);
    }
  } else {
    for (const k of keys) if (matchesEvent(graph, k, filter)) total++;
  }
  const last = items[items.length - 1];
  return { items, total, truncated, nextCursor: truncated && last ? encodeCursor(eventSortKey(graph, last)) : null };
}
