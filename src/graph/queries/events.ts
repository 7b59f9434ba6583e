// Lists events with their evidence: the filtered edges of the graph, sorted by date and paged.
import type { DiploGraph } from '../build.js';
import type { EdgeAttributes } from '../../types/index.js';
import { filterEvents, matchesEventAttributes, type EventFilter } from './filters.js';
import { eventSortKey, eventView, sortKeyOf, type ArticleLookup, type EventView } from './evidence.js';
import { encodeCursor, paginate, topRanked, type Page, type PageRequest } from './paging.js';

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
  // attributes come with each edge, so filtering and ordering look nothing up again
  const kept: Dated[] = [];
  const take = (key: string, attrs: EdgeAttributes) => {
    if (matchesEventAttributes(graph, key, attrs, filter)) kept.push({ key, date: attrs.date ?? UNDATED });
  };
  graph.forEachOutEdge(a, b, take);
  if (a !== b) graph.forEachOutEdge(b, a, take);
  const cut = pageByDate(kept, page);
  return { ...cut, items: cut.items.map((x) => eventView(graph, x.key, lookup)) };
}

/** An event key with its date (UNDATED when it has none). */
interface Dated {
  key: string;
  date: string;
}
const UNDATED = '9999-99-99';

// The order of eventSortKey without making the strings: the date, then the key ("2024" before
// "2024-05": the key's separator sorts below any date character).
const byDate = (x: Dated, y: Dated): number =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0;

// paginate over eventSortKey's order, for events whose dates are at hand: cursors are the same.
function pageByDate(items: readonly Dated[], req: PageRequest): Page<Dated> {
  let rest = items;
  if (req.after !== undefined) {
    const sep = req.after.indexOf('\u0001');
    const after: Dated = { date: req.after.slice(2, sep), key: req.after.slice(sep + 1) };
    rest = sep < 0 ? [] : items.filter((x) => byDate(x, after) > 0);
  }
  const window = topRanked(rest, byDate, 0, req.limit);
  const truncated = rest.length > window.length;
  const last = window[window.length - 1];
  return {
    items: window,
    total: items.length,
    truncated,
    nextCursor: truncated && last ? encodeCursor(sortKeyOf(last.key, last.date)) : null,
  };
}
