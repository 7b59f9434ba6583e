// The graph built from extracted articles: nodes, event edges, affiliations, idempotence.
import fs from 'node:fs';
import graphology from 'graphology';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { addArticle, buildGraph } from '../../src/graph/build.js';

const text = fs.readFileSync(new URL('../../data/articles/seed-france-armenia-military-ties.txt', import.meta.url), 'utf8');
const seed = extractArticle({ id: 'seed', text, date: '2022-10-28' });

describe('buildGraph', () => {
  const graph = buildGraph([seed]);

  it('is a directed multigraph with a node per actor', () => {
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.getNodeAttributes('state:FRA')).toMatchObject({ kind: 'state', state: 'FRA', label: 'France' });
    expect(graph.getNodeAttributes('person:nikol-pashinyan')).toMatchObject({ kind: 'person', state: 'ARM', role: 'Prime Minister' });
  });

  it('makes each event an edge with its sentence, offsets and rule', () => {
    const edges = graph.filterEdges((_, a) => a.type === 'accusation');
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      const a = graph.getEdgeAttributes(e);
      expect(text.slice(a.start!, a.end!)).toBe(a.sentence);
      expect(a.article).toBe('seed');
      expect(a.rule).toMatch(/^accusation\./);
    }
  });

  it('ties every person, organization and group to its state with an affiliation edge', () => {
    graph.forEachNode((n, a) => {
      if (a.kind === 'state' || !a.state) return;
      expect(graph.hasEdge(`affiliation:${n}->state:${a.state}`)).toBe(true);
    });
  });

  it('gives the same graph when the same article is added twice', () => {
    const again = addArticle(buildGraph([seed]), seed);
    expect(again.order).toBe(graph.order);
    expect(again.size).toBe(graph.size);
  });

  it('survives graphology’s serialization round trip', () => {
    const copy = graphology.MultiDirectedGraph.from(graph.export());
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
  });
});
