// Tests for actor search: folding of case and accents, and the ranking order.
import { describe, expect, it } from 'vitest';
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
