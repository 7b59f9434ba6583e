// The graph revision changes with every change to the graph, and only then.
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../src/graph/build.js';
import { graphRevision } from '../../src/graph/revision.js';
import { ARTICLES, fixtureGraph, IDS } from '../fixtures/diplomatic-articles.js';

describe('graphRevision', () => {
  it('stays the same while nothing changes', () => {
    const graph = fixtureGraph();
    const r = graphRevision(graph);
    graph.forEachNode(() => {});
    expect(graphRevision(graph)).toBe(r);
  });

  it('changes when an article adds only a name form of a known actor', () => {
    const graph = fixtureGraph();
    const r = graphRevision(graph);
    addArticle(graph, { id: 'art-forms', title: null, date: null, events: [],
      entities: [{ id: IDS.aliyev, kind: 'person', name: 'Ilham Aliyev', state: 'AZE', role: null, aliases: ['Ilham Heydar oglu Aliyev'] }] });
    expect(graphRevision(graph)).toBeGreaterThan(r);
  });

  it('changes when an article is added again, a node is dropped, and the graph is cleared', () => {
    const graph = fixtureGraph();
    let r = graphRevision(graph);
    for (const change of [() => addArticle(graph, ARTICLES[0]!), () => graph.dropNode(IDS.macron), () => graph.clear()]) {
      change();
      expect(graphRevision(graph)).toBeGreaterThan(r);
      r = graphRevision(graph);
    }
  });
});
