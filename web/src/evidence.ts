// The evidence behind a node or a pair: its events, oldest first, each with the sentence that
// carries it. Pure reads over the graph in view; the panels turn them into HTML.
import type { ViewEdge, ViewGraph } from './graph-source.js';
import { inWindow, type Filters } from './visibility.js';

/** One event with its two ends. */
export interface EvidenceItem {
  key: string;
  source: string;
  target: string;
  attrs: ViewEdge;
}

const byDate = (a: EvidenceItem, b: EvidenceItem) =>
  (a.attrs.date ?? '9999').localeCompare(b.attrs.date ?? '9999') || a.key.localeCompare(b.key);

/** Does an event pass the type and time filters? */
export const passes = (attrs: ViewEdge, f: Filters) =>
  !f.hiddenTypes.has(attrs.type) && inWindow(attrs.date, f.from, f.to);

/** Every event (no affiliation) touching `node`, oldest first. */
export function nodeEvidence(graph: ViewGraph, node: string): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  graph.forEachEdge(node, (key, attrs, source, target) => {
    if (attrs.type !== 'affiliation') items.push({ key, source, target, attrs });
  });
  return items.sort(byDate);
}

/** Every edge between `a` and `b`, both directions, oldest first. */
export function pairEvidence(graph: ViewGraph, a: string, b: string): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  graph.forEachEdge(a, (key, attrs, source, target) => {
    if ((source === a && target === b) || (source === b && target === a)) items.push({ key, source, target, attrs });
  });
  return items.sort(byDate);
}

/** Counts of events by type, in the given order, zeros left out. */
export function countByType(items: EvidenceItem[], order: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.attrs.type, (counts.get(it.attrs.type) ?? 0) + 1);
  return order.filter((t) => counts.has(t)).map((t) => [t, counts.get(t)!]);
}
