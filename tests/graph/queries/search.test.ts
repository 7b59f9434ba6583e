// Tests for actor search: folding of case and accents, and the ranking order.
import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../src/graph/build.js';
import { foldName, searchActors } from '../../../src/graph/queries/index.js';
import { fixtureGraph, IDS } from '../../fixtures/diplomatic-articles.js';

describe('foldName', () => {
  it.each([['Élysée', 'elysee'], ['  NIKOL  Pashinyan ', 'nikol pashinyan'], ["Côte d'Ivoire", 'cote d ivoire'], ['Пашинян', 'пашинян']])(
    'folds %j to %j', (input, folded) => { expect(foldName(input)).toBe(folded); },
  );
});

describe('searchActors', () => {
  const graph = fixtureGraph();

  it('ranks an exact name above a prefix and a prefix above a word inside', () => {
    const hits = searchActors(graph, 'aliyev');
    expect(hits[0]).toMatchObject({ id: IDS.aliyev, matched: 'Aliyev', score: 100 });
  });

  it('finds a person by the last word of the name', () => {
    expect(searchActors(graph, 'macr').map((h) => h.id)).toEqual([IDS.macron]);
  });

  it('uses the name forms a lookup adds', () => {
    const hits = searchActors(graph, 'kremlin palace', (id) => (id === IDS.rus ? ['Kremlin Palace'] : []));
    expect(hits.map((h) => h.id)).toEqual([IDS.rus]);
  });

  it('finds nothing for blank text', () => {
    expect(searchActors(graph, ' ,. ')).toEqual([]);
  });
});

describe('searchActors on a graph that changes', () => {
  const ids = (graph: ReturnType<typeof fixtureGraph>, q: string) => searchActors(graph, q).map((h) => h.id);

  it('finds a name form an article added after the last search', () => {
    const graph = fixtureGraph();
    expect(ids(graph, 'heydar')).toEqual([]);
    addArticle(graph, { id: 'art-new', title: null, date: null, events: [],
      entities: [{ id: IDS.aliyev, kind: 'person', name: 'Ilham Aliyev', state: 'AZE', role: null, aliases: ['Ilham Heydar oglu Aliyev'] }] });
    expect(ids(graph, 'heydar')).toEqual([IDS.aliyev]);
  });

  it('forgets a dropped node and everything after a clear', () => {
    const graph = fixtureGraph();
    expect(ids(graph, 'macr')).toEqual([IDS.macron]);
    graph.dropNode(IDS.macron);
    expect(ids(graph, 'macr')).toEqual([]);
    graph.clear();
    expect(ids(graph, 'a')).toEqual([]);
  });

  it('keeps the forms of each lookup apart', () => {
    const graph = fixtureGraph();
    const lookup = (id: string) => (id === IDS.rus ? ['Kremlin Palace'] : []);
    expect(ids(graph, 'kremlin palace')).toEqual([]);
    expect(searchActors(graph, 'kremlin palace', lookup).map((h) => h.id)).toEqual([IDS.rus]);
    expect(ids(graph, 'kremlin palace')).toEqual([]);
  });
});
