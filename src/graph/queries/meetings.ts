// Who an actor met: each counterpart with the meetings as evidence (date, place, sentence, article).
import type { DiploGraph } from '../build.js';
import type { EntityKind } from '../../types/index.js';
import { filterEvents, type EventFilter } from './filters.js';
import { eventSortKey } from './evidence.js';

/** One meeting with its evidence. */
export interface MeetingView {
  id: string;
  date: string | null;
  location: string | null;
  sentence: string | null;
  article: string | null;
  confidence: number;
}

/** A counterpart and the meetings with it. */
export interface Counterpart {
  id: string;
  label: string;
  kind: EntityKind | null;
  state: string | null;
  meetings: MeetingView[];
}

/** The counterparts `id` met, most meetings first; null when the actor is unknown. */
export function actorMeetings(graph: DiploGraph, id: string, filter: EventFilter = {}): Counterpart[] | null {
  if (!graph.hasNode(id)) return null;
  const byOther = new Map<string, string[]>();
  for (const k of filterEvents(graph, { ...filter, actor: id, types: ['meeting'] })) {
    const other = graph.source(k) === id ? graph.target(k) : graph.source(k);
    byOther.set(other, [...(byOther.get(other) ?? []), k]);
  }
  const list = [...byOther].map(([other, keys]): Counterpart => {
    const n = graph.getNodeAttributes(other);
    const sorted = keys.sort((x, y) => (eventSortKey(graph, x) < eventSortKey(graph, y) ? -1 : 1));
    return {
      id: other, label: n.label ?? other, kind: n.kind ?? null, state: n.state ?? null,
      meetings: sorted.map((k) => {
        const a = graph.getEdgeAttributes(k);
        return { id: k, date: a.date, location: a.location, sentence: a.sentence, article: a.article, confidence: a.confidence };
      }),
    };
  });
  return list.sort((x, y) => y.meetings.length - x.meetings.length || x.label.localeCompare(y.label));
}
