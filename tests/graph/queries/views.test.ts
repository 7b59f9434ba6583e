// Tests for the graph views: filtered copies, the states roll-up, ego networks and shortest paths.
import graphology from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.js';
import { filterEvents } from '../../../src/graph/queries/filters.js';
import type { EventType } from '../../../src/types/index.js';
// @ts-expect-error plain ESM helpers of bench/, without type declarations
import { syntheticArticles } from '../../../bench/lib/synthetic-articles.mjs';
import { egoNetwork, egoNodes, filteredGraph, shortestEventPath, statesGraph } from '../../../src/graph/queries/index.js';
import { fixtureGraph, IDS } from '../../fixtures/diplomatic-articles.js';

describe('filteredGraph', () => {
  it('keeps every actor and affiliation when nothing restricts it', () => {
    const source = fixtureGraph();
    const g = filteredGraph(source, {});
    expect(g.order).toBe(source.order);
    expect(g.filterEdges((_e, a) => a.type === 'affiliation')).toHaveLength(4);
  });

  it('keeps only the actors of kept events, and affiliations among them, when restricted', () => {
    const g = filteredGraph(fixtureGraph(), { types: ['visit'] });
    expect(g.nodes().sort()).toEqual([IDS.pashinyan, IDS.fra].sort());
    expect(g.edges().sort()).toEqual(['art-paris:e8']);
  });

  it('keeps, when restricted, every affiliation whose two ends it keeps', () => {
    const graph = buildGraph([...syntheticArticles(300)]);
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[3]!;
    for (const filter of [{ actor: hub }, { types: ['agreement'] as EventType[] }, { state: 'USA', from: '2020-01' }]) {
      const g = filteredGraph(graph, filter);
      const expected = graph.filterEdges((_k, a, s, t) => a.type === 'affiliation' && g.hasNode(s) && g.hasNode(t));
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(g.filterEdges((_k, a) => a.type === 'affiliation').sort()).toEqual(expected.sort());
    }
  });

  it('does not change the source graph', () => {
    const source = fixtureGraph();
    const before = source.size;
    filteredGraph(source, { types: ['visit'] }).clear();
    expect(source.size).toBe(before);
  });
});

describe('statesGraph', () => {
  it('rolls events up to one counted edge per states and type, dropping actors with no state', () => {
    const g = statesGraph(fixtureGraph(), {});
    expect(g.nodes().sort()).toEqual(['state:ARM', 'state:AZE', 'state:FRA', 'state:RUS']);
    expect(g.getEdgeAttributes('state:ARM->state:AZE:rejection')).toMatchObject({ count: 1, first: '2024-04-10', last: '2024-04-10' });
    expect(g.someEdge((_e, a) => a.type === 'praise')).toBe(false);
  });
});

describe('statesGraph on a larger graph', () => {
  it('counts each (from, to, type) of states once per event, with its first and last date', () => {
    const graph = buildGraph([...syntheticArticles(300)]);
    const expected = new Map<string, { count: number; dates: string[] }>();
    for (const k of filterEvents(graph, {})) {
      const [s, t] = graph.extremities(k).map((n) => graph.getNodeAttribute(n, 'state'));
      if (!s || !t) continue;
      const key = `state:${s}->state:${t}:${graph.getEdgeAttribute(k, 'type')}`;
      const e = expected.get(key) ?? { count: 0, dates: [] };
      e.count++;
      const date = graph.getEdgeAttribute(k, 'date');
      if (date) e.dates.push(date);
      expected.set(key, e);
    }
    const g = statesGraph(graph, {});
    expect(g.size).toBe(expected.size);
    for (const [key, e] of expected) {
      const dates = e.dates.sort();
      expect(g.getEdgeAttributes(key), key).toMatchObject({ count: e.count, first: dates[0] ?? null, last: dates.at(-1) ?? null });
    }
  });
});

describe('egoNetwork', () => {
  it('returns null for an unknown actor', () => {
    expect(egoNetwork(fixtureGraph(), 'person:nobody', 1, {})).toBeNull();
  });

  it('keeps a lone actor when no event touches it', () => {
    const g = egoNetwork(fixtureGraph(), IDS.aze, 1, { types: ['praise'] })!;
    expect(g.nodes()).toEqual([IDS.aze]);
  });

  it('holds the same actors, events and affiliations as the filtered copy of the whole graph cut to the reached actors', () => {
    const graph = buildGraph([...syntheticArticles(400)]);
    const byDegree = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a));
    const picks = [byDegree[0]!, byDegree[1]!, byDegree[Math.floor(byDegree.length / 2)]!, byDegree.at(-1)!];
    const filters = [{}, { types: ['meeting', 'accusation'] as EventType[] }, { from: '2020-01-01', minConfidence: 0.6 }, { state: graph.getNodeAttribute(byDegree[0]!, 'state') ?? 'USA' }];
    let edges = 0;
    for (const id of picks) {
      for (const filter of filters) {
        for (const depth of [1, 2]) {
          const g = egoNetwork(graph, id, depth, filter)!;
          const reference = filteredGraph(graph, filter, egoNodes(graph, id, depth, filter));
          if (!reference.hasNode(id)) reference.addNode(id);
          expect(g.nodes().sort(), `${id} ${JSON.stringify(filter)} ${depth}`).toEqual(reference.nodes().sort());
          expect(g.edges().sort(), `${id} ${JSON.stringify(filter)} ${depth}`).toEqual(reference.edges().sort());
          expect(g.nodes()[0]).toBe(id);
          edges += g.size;
        }
      }
    }
    expect(edges).toBeGreaterThan(1000);
  });
});

describe('shortestEventPath', () => {
  it('links an actor to itself in zero steps', () => {
    expect(shortestEventPath(fixtureGraph(), IDS.eu, IDS.eu, {})).toMatchObject({ length: 0, steps: [] });
  });

  it('returns null when no kept event links the two', () => {
    expect(shortestEventPath(fixtureGraph(), IDS.eu, IDS.macron, { types: ['praise', 'visit'] })).toBeNull();
  });

  it('finds chains as short as graphology-shortest-path does on the kept events, each step backed by kept events', () => {
    const graph = buildGraph([...syntheticArticles(400)]);
    for (const filter of [{}, { types: ['meeting', 'statement'] as EventType[] }]) {
      // the reference: an undirected simple graph of the kept events
      const view = new graphology.UndirectedGraph();
      for (const k of filterEvents(graph, filter)) {
        const [s, t] = graph.extremities(k);
        if (s === t) continue;
        view.mergeNode(s);
        view.mergeNode(t);
        view.mergeEdge(s, t);
      }
      const nodes = view.nodes();
      for (let i = 0; i < 40; i++) {
        const from = nodes[(i * 7919) % nodes.length]!;
        const to = nodes[(i * 104729 + 13) % nodes.length]!;
        const expected = bidirectional(view, from, to);
        const found = shortestEventPath(graph, from, to, filter);
        expect(found?.length ?? null, `${from} → ${to}`).toBe(expected ? expected.length - 1 : null);
        for (const step of found?.steps ?? []) {
          expect(step.events.length).toBeGreaterThan(0);
          if ('types' in filter) for (const e of step.events) expect(filter.types).toContain(e.type);
        }
      }
    }
  });
});
