// Tests for the event lists: the events between two actors, paged by date through cursors.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.js';
import { decodeCursor, eventSortKey, eventsBetween, matchesEvent, type EventFilter } from '../../../src/graph/queries/index.js';
// @ts-expect-error plain ESM helpers of bench/, without type declarations
import { syntheticArticles } from '../../../bench/lib/synthetic-articles.mjs';

describe('eventsBetween', () => {
  it('walks, page by page, every kept event between two actors in date order, undated last, either direction', () => {
    const articles = [...syntheticArticles(300)];
    // some events without a date, some with only a year or a month, to cover the whole order
    articles.forEach((a, i) => a.events.forEach((e: { date: string | null }, j: number) => {
      if ((i + j) % 7 === 0) e.date = null;
      else if ((i + j) % 11 === 0) e.date = e.date!.slice(0, 4);
      else if ((i + j) % 13 === 0) e.date = e.date!.slice(0, 7);
    }));
    const graph = buildGraph(articles);
    // the busiest pair of actors
    const pairs = new Map<string, number>();
    graph.forEachEdge((_k, a, s, t) => { if (a.type !== 'affiliation') pairs.set([s, t].sort().join('|'), (pairs.get([s, t].sort().join('|')) ?? 0) + 1); });
    const [a, b] = [...pairs].sort((x, y) => y[1] - x[1])[0]![0].split('|') as [string, string];
    for (const filter of [{}, { types: ['meeting', 'statement'] }, { from: '2019-06' }] as EventFilter[]) {
      const expected = [...graph.outEdges(a, b), ...graph.outEdges(b, a)].filter((k) => matchesEvent(graph, k, filter))
        .sort((x, y) => (eventSortKey(graph, x) < eventSortKey(graph, y) ? -1 : 1));
      expect(expected.length).toBeGreaterThan(10);
      for (const limit of [1, 7, 100]) {
        const seen: string[] = [];
        let after: string | undefined;
        for (let i = 0; i < 1000; i++) {
          const page = eventsBetween(graph, a, b, filter, { limit, after });
          expect(page.total).toBe(expected.length);
          seen.push(...page.items.map((e) => e.id));
          if (!page.nextCursor) break;
          after = decodeCursor(page.nextCursor)!;
        }
        expect(seen).toEqual(expected);
      }
    }
  });
});
