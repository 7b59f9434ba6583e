// Tests for the event lists: the events between two actors, paged by date through cursors.
import { describe, expect, it } from 'vitest';
import { addArticle, buildGraph, type DiploGraph } from '../../../src/graph/build.js';
import {
  decodeCursor, eventSortKey, eventsBetween, filterEvents, listEvents, matchesEvent, type EventFilter, type EventView, type Page, type PageRequest,
} from '../../../src/graph/queries/index.js';
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

describe('the event lists as the graph changes', () => {
  // every page of a list, walked through its cursors
  function walk(list: (req: PageRequest) => Page<EventView>, limit: number): { ids: string[]; totals: Set<number> } {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | undefined;
    for (let i = 0; i < 10_000; i++) {
      const page = list({ limit, after });
      totals.add(page.total);
      ids.push(...page.items.map((e) => e.id));
      if (!page.nextCursor) break;
      after = decodeCursor(page.nextCursor)!;
    }
    return { ids, totals };
  }
  const sorted = (graph: DiploGraph, keys: string[]) => keys.sort((x, y) => (eventSortKey(graph, x) < eventSortKey(graph, y) ? -1 : 1));

  it('lists every event, an actor\'s and a pair\'s as a sort of the graph would, after additions, drops and clears', () => {
    const articles = [...syntheticArticles(260)];
    const graph = buildGraph(articles.slice(0, 150));
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const partner = graph.neighbors(hub).sort((a, b) => graph.edges(hub, b).length + graph.edges(b, hub).length - graph.edges(hub, a).length - graph.edges(a, hub).length)[0]!;
    const check = (round: string) => {
      for (const filter of [{}, { types: ['meeting', 'accusation'] }, { includeContext: true }, { types: ['statement'], includeContext: true }, { from: '2020-03' }] as EventFilter[]) {
        const all = walk((req) => listEvents(graph, filter, req), 97);
        expect(all.ids, `${round} all ${JSON.stringify(filter)}`).toEqual(sorted(graph, filterEvents(graph, filter)));
        expect([...all.totals]).toEqual([all.ids.length]);
        const mine = walk((req) => listEvents(graph, { ...filter, actor: hub }, req), 13);
        expect(mine.ids, `${round} actor`).toEqual(sorted(graph, filterEvents(graph, { ...filter, actor: hub })));
        expect([...mine.totals]).toEqual([mine.ids.length]);
        const pair = walk((req) => eventsBetween(graph, hub, partner, filter, req), 5);
        const expected = [...graph.outEdges(hub, partner), ...graph.outEdges(partner, hub)].filter((k) => matchesEvent(graph, k, filter));
        expect(pair.ids, `${round} pair`).toEqual(sorted(graph, expected));
        expect([...pair.totals]).toEqual([pair.ids.length]);
      }
    };
    check('built');
    for (const a of articles.slice(150, 200)) addArticle(graph, a);
    check('after 50 articles');
    addArticle(graph, articles[3]!); // the same article again: its events are merged, not added
    check('after an article again');
    const moved = graph.outEdges(hub, partner)[0] ?? graph.outEdges(partner, hub)[0]!;
    graph.setEdgeAttribute(moved, 'date', '1999-01-01');
    check('after an event changed its date');
    const dropped = graph.neighbors(hub).find((n) => n !== partner)!;
    graph.dropNode(dropped);
    check('after a dropped actor');
    graph.dropEdge(graph.outEdges(hub, partner)[0] ?? graph.outEdges(partner, hub)[0]!);
    check('after a dropped event');
    graph.clear();
    for (const a of articles.slice(100, 260)) addArticle(graph, a);
    check('after a clear and a rebuild');
  });
});
