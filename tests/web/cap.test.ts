// The cap keeps the most connected part of a graph over budget, the selection always in it.
// Graphs: the made-up fixture and a synthetic one.
import { describe, expect, it } from 'vitest';
import { capGraph } from '../../web/src/cap.js';
import { importGraph } from '../../web/src/graph-source.js';
import { monthHistogram } from '../../web/src/histogram.js';
import { syntheticGraph } from '../e2e/support/synthetic-graph.mjs';
import { smallGraph } from './support.js';

describe('capGraph', () => {
  const g = smallGraph();
  const every = () => true;

  it('returns the graph itself when it fits', () => {
    expect(capGraph(g, { maxNodes: 100, maxEdges: 100 }, every)).toMatchObject({ graph: g, cut: false });
  });

  it('keeps the most connected actors first', () => {
    const r = capGraph(g, { maxNodes: 3, maxEdges: 100 }, every);
    expect(r.cut).toBe(true);
    expect(r.graph.nodes().sort()).toEqual(['person:ilham-aliyev', 'person:nikol-pashinyan', 'state:ARM']);
    expect(r.totalNodes).toBe(g.order);
  });

  it('always keeps the selected actor', () => {
    const r = capGraph(g, { maxNodes: 3, maxEdges: 100 }, every, ['group:xss']);
    expect(r.graph.hasNode('group:xss')).toBe(true);
    expect(r.graph.order).toBe(3);
  });

  it('stays within the edge budget on a big graph', () => {
    const big = importGraph(syntheticGraph({ nodes: 3000, edges: 12000 }));
    const r = capGraph(big, { maxNodes: 2000, maxEdges: 5000 }, every);
    expect(r.graph.size).toBeLessThanOrEqual(5000);
    expect(r.graph.order).toBeLessThanOrEqual(2000);
  });
});

describe('monthHistogram', () => {
  it('counts dated events per month, from the first month to the last', () => {
    expect(monthHistogram(smallGraph())).toEqual([
      { month: '2024-01', count: 2 }, { month: '2024-02', count: 3 }, { month: '2024-03', count: 3 },
      { month: '2024-04', count: 2 }, { month: '2024-05', count: 1 }, { month: '2024-06', count: 2 },
    ]);
  });
});
