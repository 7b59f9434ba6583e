// Relations rolled up to states: every person, organization and group counts for the state it acts
// for. Per counterpart state: counts per event type, first and last date, and a monthly timeline.
import type { DiploGraph } from '../build.js';
import type { EventType } from '../../types/index.js';
import { zeroCounts } from './actor.js';
import { forEachStateEvent, stateEvents, stateOf, type EventFilter } from './filters.js';

/** One month of a timeline. */
export interface MonthCount {
  month: string;
  total: number;
  counts: Partial<Record<EventType, number>>;
}

/** Events between two states, rolled up. */
export interface DyadSummary {
  a: string;
  b: string;
  total: number;
  /** Events by type, both directions. */
  counts: Record<EventType, number>;
  /** Events by type that A started toward B, and B toward A. */
  aToB: Record<EventType, number>;
  bToA: Record<EventType, number>;
  first: string | null;
  last: string | null;
  /** Per month (YYYY-MM), oldest first; undated events are counted in totals only. */
  timeline: MonthCount[];
}

/** Is there any actor that rolls up to `iso`? */
export function hasState(graph: DiploGraph, iso: string): boolean {
  return graph.hasNode(`state:${iso}`) || graph.someNode((n) => stateOf(graph, n) === iso);
}

/** The label of a state: its node's label, else its code. */
export const stateLabel = (graph: DiploGraph, iso: string): string =>
  (graph.hasNode(`state:${iso}`) && graph.getNodeAttribute(`state:${iso}`, 'label')) || iso;

/** Keys of the filtered events between states `a` and `b` (either direction). */
export function dyadEventKeys(graph: DiploGraph, a: string, b: string, filter: EventFilter): string[] {
  return stateEvents(graph, a, filter).filter((k) => {
    const s = stateOf(graph, graph.source(k));
    const t = stateOf(graph, graph.target(k));
    return (s === a && t === b) || (s === b && t === a);
  });
}

/** One event of a dyad as the summary needs it. */
interface DyadEvent {
  type: EventType;
  date: string | null;
  /** Did `a`'s side start it? */
  fromA: boolean;
}

/** Rolls the events `keys` between `a` and `b` up into one summary. */
export function summarizeDyad(graph: DiploGraph, a: string, b: string, keys: readonly string[]): DyadSummary {
  return summarize(a, b, keys.map((k) => {
    const { type, date } = graph.getEdgeAttributes(k);
    return { type: type as EventType, date, fromA: stateOf(graph, graph.source(k)) === a };
  }));
}

function summarize(a: string, b: string, events: readonly DyadEvent[]): DyadSummary {
  const counts = zeroCounts();
  const aToB = zeroCounts();
  const bToA = zeroCounts();
  const months = new Map<string, MonthCount>();
  let first: string | null = null;
  let last: string | null = null;
  for (const { type, date, fromA } of events) {
    counts[type]++;
    (fromA ? aToB : bToA)[type]++;
    if (!date) continue;
    if (!first || date < first) first = date;
    if (!last || date > last) last = date;
    const month = date.slice(0, 7);
    const m = months.get(month) ?? { month, total: 0, counts: {} };
    m.total++;
    m.counts[type] = (m.counts[type] ?? 0) + 1;
    months.set(month, m);
  }
  const timeline = [...months.values()].sort((x, y) => (x.month < y.month ? -1 : 1));
  return { a, b, total: events.length, counts, aToB, bToA, first, last, timeline };
}

/** Every counterpart state of `iso` with the rolled-up relation, most events first. */
export function stateRelations(graph: DiploGraph, iso: string, filter: EventFilter): Array<DyadSummary & { label: string }> {
  const byOther = new Map<string, DyadEvent[]>();
  forEachStateEvent(graph, iso, filter, (_k, e, s, t) => {
    if (!s || !t) return; // an actor with no known state cannot be rolled up
    const other = s === iso ? t : s;
    const event = { type: e.type as EventType, date: e.date, fromA: s === iso };
    const list = byOther.get(other);
    if (list) list.push(event); // in place: a copy per event was quadratic for busy pairs
    else byOther.set(other, [event]);
  });
  return [...byOther]
    .map(([other, events]) => ({ ...summarize(iso, other, events), label: stateLabel(graph, other) }))
    .sort((x, y) => y.total - x.total || (x.b < y.b ? -1 : 1));
}
