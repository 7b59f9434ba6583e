// The wire shape of one event with its evidence: the sentence, its offsets and the article it came
// from. Article title and URL come from an injected lookup (the store), so this stays a pure read.
import type { DiploGraph } from '../build.js';
import type { ArticleInfo, EdgeType, EventContext, QuadClass } from '../../types/index.js';

export type { ArticleInfo } from '../../types/index.js';

/** Finds an article's title, URL and date (from the store), or null. */
export type ArticleLookup = (id: string) => ArticleInfo | null | undefined;

/** One event as the API sends it. */
export interface EventView {
  /** The edge key: stable for the same article and event. */
  id: string;
  type: EdgeType;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  date: string | null;
  location: string | null;
  confidence: number;
  context: EventContext | null;
  rule: string;
  cameo: string | null;
  plover: string | null;
  quadClass: QuadClass | null;
  evidence: {
    sentence: string | null;
    start: number | null;
    end: number | null;
    article: { id: string | null; title: string | null; url: string | null; date: string | null };
  };
}

const labelOf = (graph: DiploGraph, node: string) => graph.getNodeAttribute(node, 'label') ?? node;

/** Builds the wire view of the event edge `key`. */
export function eventView(graph: DiploGraph, key: string, lookup?: ArticleLookup): EventView {
  const a = graph.getEdgeAttributes(key);
  const source = graph.source(key);
  const target = graph.target(key);
  const info = a.article && lookup ? lookup(a.article) : null;
  return {
    id: key,
    type: a.type,
    source, sourceLabel: labelOf(graph, source),
    target, targetLabel: labelOf(graph, target),
    date: a.date, location: a.location, confidence: a.confidence,
    context: a.context ?? null, rule: a.rule,
    cameo: a.cameo ?? null, plover: a.plover ?? null, quadClass: a.quadClass ?? null,
    evidence: {
      sentence: a.sentence, start: a.start, end: a.end,
      article: { id: a.article, title: info?.title ?? null, url: info?.url ?? null, date: info?.date ?? null },
    },
  };
}

/** Where an undated event sorts: after every date. */
export const UNDATED = '9999-99-99';

/** Sort key for events: by date (undated last), then by key, so pages are stable. */
export function eventSortKey(graph: DiploGraph, key: string): string {
  return `k:${graph.getEdgeAttribute(key, 'date') ?? UNDATED}\u0001${key}`;
}
