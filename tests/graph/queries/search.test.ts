// Tests for actor search: folding of case and accents, and the ranking order.
import { describe, expect, it } from 'vitest';
import { addArticle, buildGraph, type DiploGraph } from '../../../src/graph/build.js';
// @ts-expect-error plain ESM helpers of bench/, without type declarations
import { syntheticArticles } from '../../../bench/lib/synthetic-articles.mjs';
import { decodeCursor, foldName, searchActors, searchPage } from '../../../src/graph/queries/index.js';
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

describe('searchActors against a reading of every form of every node', () => {
  // the reference: the ranking rules applied to every form, no index
  function reference(graph: DiploGraph, query: string, lookup?: (id: string) => readonly string[]) {
    const q = foldName(query);
    if (!q) return [];
    const score = (f: string, isLabel: boolean) => {
      const bonus = isLabel ? 5 : 0;
      if (!f.includes(q)) return 0;
      if (f === q) return 100 + bonus;
      if (f.startsWith(q)) return 80 + bonus;
      if (f.split(' ').some((w) => w.startsWith(q))) return 60 + bonus;
      return 40 + bonus;
    };
    const hits: Array<{ id: string; matched: string; score: number; degree: number; label: string }> = [];
    graph.forEachNode((id, a) => {
      let best = { score: 0, matched: '' };
      const forms = [[a.label, true], ...a.aliases.map((x) => [x, false]), ...(lookup?.(id) ?? []).map((x) => [x, false])] as Array<[string, boolean]>;
      for (const [form, isLabel] of forms) {
        const s = score(foldName(form), isLabel);
        if (s > best.score) best = { score: s, matched: form };
      }
      if (best.score) hits.push({ id, ...best, degree: graph.degree(id), label: a.label });
    });
    hits.sort((x, y) => y.score - x.score || y.degree - x.degree || x.label.localeCompare(y.label) || (x.id < y.id ? -1 : 1));
    return hits.map(({ id, matched, score }) => ({ id, matched, score }));
  }
  const found = (graph: DiploGraph, q: string, lookup?: (id: string) => readonly string[]) =>
    searchActors(graph, q, lookup).map(({ id, matched, score }) => ({ id, matched, score }));

  it('finds the same actors, forms and order for queries of every length, as articles come and go', () => {
    const articles = [...syntheticArticles(300)];
    const graph = buildGraph(articles.slice(0, 200));
    const lookup = (id: string) => (id.endsWith('7') ? [`Ambassador ${id.split(':')[1]}`] : []);
    const labels = graph.mapNodes((_n, a) => a.label);
    const queries = (round: number) => Array.from({ length: 40 }, (_, i) => {
      const label = labels[(i * 7919 + round * 31) % labels.length]!;
      const start = (i * 13) % Math.max(1, label.length - 1);
      return label.slice(start, start + 1 + (i % 7));
    });
    let compared = 0;
    for (let round = 0; round < 4; round++) {
      for (const q of queries(round)) {
        expect(found(graph, q), q).toEqual(reference(graph, q));
        expect(found(graph, q, lookup), q).toEqual(reference(graph, q, lookup));
        compared += reference(graph, q).length;
      }
      // the graph changes between rounds: new articles, a renamed actor, a dropped one
      for (const a of articles.slice(200 + round * 25, 225 + round * 25)) addArticle(graph, a);
      const someone = graph.nodes()[round * 5]!;
      addArticle(graph, { id: `rename-${round}`, title: null, date: null, events: [],
        entities: [{ id: someone, kind: graph.getNodeAttribute(someone, 'kind'), name: `Zyxwvut Qoplar Round${round} Longer Name`, state: null, role: null, aliases: [] }] });
      expect(found(graph, `qoplar round${round}`).map((h) => h.id)).toEqual([someone]);
      graph.dropNode(graph.nodes()[round * 11 + 3]!);
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('searchPage', () => {
  it('walks, page by page through its cursors, the whole ranked list of searchActors among the kept hits', () => {
    const graph = buildGraph([...syntheticArticles(300)]);
    let walked = 0;
    for (const [q, keep] of [['an', () => true], ['a', (h: { kind: string }) => h.kind === 'person'], ['e', (h: { state: string | null }) => h.state === 'USA']] as const) {
      const expected = searchActors(graph, q).filter(keep as (h: unknown) => boolean);
      for (const limit of [1, 7, 100]) {
        const seen: string[] = [];
        let after: string | undefined;
        for (let i = 0; i < 2000; i++) {
          const page = searchPage(graph, q, undefined, keep as (h: unknown) => boolean, { limit, after });
          expect(page.total).toBe(expected.length);
          seen.push(...page.items.map((h) => h.id));
          if (!page.nextCursor) {
            expect(page.truncated).toBe(false);
            break;
          }
          after = decodeCursor(page.nextCursor)!;
        }
        expect(seen).toEqual(expected.map((h) => h.id));
        walked += seen.length;
      }
    }
    expect(walked).toBeGreaterThan(300);
  });
});
