// Table tests for the shared event filter on the made-up fixture graph: one row per filter rule.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/graph/build.js';
import { filterEvents, isRestrictive, stateEvents, stateOf, type EventFilter } from '../../../src/graph/queries/index.js';
// @ts-expect-error plain ESM helpers of bench/, without type declarations
import { syntheticArticles } from '../../../bench/lib/synthetic-articles.mjs';
import { fixtureGraph, IDS } from '../../fixtures/diplomatic-articles.js';

const graph = fixtureGraph();
const count = (f: EventFilter) => filterEvents(graph, f).length;

describe('filterEvents', () => {
  it.each<[string, EventFilter, number]>([
    ['keeps every factual event with an empty filter', {}, 8],
    ['keeps negated and future events with includeContext', { includeContext: true }, 10],
    ['keeps one type', { types: ['meeting'] }, 3],
    ['keeps several types', { types: ['accusation', 'rejection'] }, 2],
    ['keeps events from a date on, dropping undated ones', { from: '2024-04-01', includeContext: true }, 6],
    ['reads "to" as a month when given YYYY-MM', { to: '2024-04' }, 5],
    ['reads "from" as a year when given YYYY', { from: '2025' }, 0],
    ['keeps events touching a state through its people', { state: 'RUS' }, 2],
    ['keeps events of one actor, either end', { actor: IDS.macron }, 1],
    ['keeps nothing for an unknown actor', { actor: 'person:nobody' }, 0],
    ['keeps one article', { article: 'art-words' }, 2],
    ['keeps the articles of a set', { articles: new Set(['art-words', 'art-paris']) }, 5],
    ['drops events below a confidence', { minConfidence: 0.8 }, 7],
  ])('%s', (_title, filter, expected) => {
    expect(count(filter)).toBe(expected);
  });

  it('never keeps affiliation edges', () => {
    expect(filterEvents(graph, { includeContext: true }).some((k) => graph.getEdgeAttribute(k, 'type') === 'affiliation')).toBe(false);
  });
});

describe('isRestrictive', () => {
  it.each<[EventFilter, boolean]>([
    [{}, false], [{ includeContext: true }, false], [{ minConfidence: 0 }, false],
    [{ types: ['visit'] }, true], [{ from: '2024' }, true], [{ state: 'ARM' }, true],
  ])('says %j is %s', (f, expected) => {
    expect(isRestrictive(f)).toBe(expected);
  });
});

describe('stateOf', () => {
  it('rolls a person up to the state it acts for', () => {
    expect(stateOf(graph, IDS.lavrov)).toBe('RUS');
  });
  it("gives a state's own code", () => {
    expect(stateOf(graph, IDS.fra)).toBe('FRA');
  });
  it('gives null for an organization with no state, or an unknown node', () => {
    expect(stateOf(graph, IDS.eu)).toBeNull();
    expect(stateOf(graph, 'person:nobody')).toBeNull();
  });
});

describe('stateEvents', () => {
  it('finds the same events as filterEvents with the state, reading only the state\'s actors', () => {
    const graph = buildGraph([...syntheticArticles(300)]);
    const states = graph.filterNodes((_n, a) => a.kind === 'state').sort((a, b) => graph.degree(b) - graph.degree(a));
    let found = 0;
    for (const node of [states[0]!, states[1]!, states[Math.floor(states.length / 2)]!, states.at(-1)!]) {
      const iso = node.slice('state:'.length);
      for (const filter of [{}, { types: ['meeting', 'threat'] }, { from: '2020-01', includeContext: true }] as EventFilter[]) {
        const got = stateEvents(graph, iso, filter);
        expect(new Set(got).size, `${iso} has no event twice`).toBe(got.length);
        expect([...got].sort(), `${iso} ${JSON.stringify(filter)}`).toEqual(filterEvents(graph, { ...filter, state: iso }).sort());
        found += got.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});
