// What the filters keep: types, states and the time window, with idle actors dropped under an
// event filter. Graph: the made-up fixture.
import { describe, expect, it } from 'vitest';
import { computeVisibility, inWindow, type Filters } from '../../web/src/visibility.js';
import { smallGraph } from './support.js';

const none: Filters = { hiddenTypes: new Set(), states: new Set(), from: null, to: null };

describe('computeVisibility', () => {
  const g = smallGraph();

  it('keeps everything when no filter is on', () => {
    const v = computeVisibility(g, none);
    expect([v.nodes.size, v.edges.size, v.filtered]).toEqual([g.order, g.size, false]);
  });

  it('drops the edges of a hidden type and the actors left without events', () => {
    const v = computeVisibility(g, { ...none, hiddenTypes: new Set(['statement']) });
    expect([...v.edges].some((e) => g.getEdgeAttribute(e, 'type') === 'statement')).toBe(false);
    // The group's only event is a statement.
    expect(v.nodes.has('group:xss')).toBe(false);
    expect(v.nodes.has('person:nikol-pashinyan')).toBe(true);
  });

  it('keeps only the actors of the chosen states, and the edges between them', () => {
    const v = computeVisibility(g, { ...none, states: new Set(['ARM']) });
    expect([...v.nodes].sort()).toEqual(['person:ararat-mirzoyan', 'person:nikol-pashinyan', 'state:ARM']);
    expect(v.edges.size).toBe(2); // the two affiliations
  });

  it('keeps the events of the time window and drops undated ones', () => {
    const v = computeVisibility(g, { ...none, from: '2024-06', to: '2024-06' });
    const types = [...v.edges].map((e) => g.getEdgeAttribute(e, 'type')).sort();
    // Macron and Pashinyan stay for the June events; their states do not, nor the affiliations to them.
    expect(types).toEqual(['demand', 'visit']);
    expect(v.nodes.has('organization:european-union')).toBe(false);
  });
});

describe('inWindow', () => {
  it.each([
    ['2024-03-15', '2024-03', '2024-03', true],
    ['2024-03-15', '2024-04', null, false],
    ['2024-03-15', null, '2024-02', false],
    [null, null, null, true],
    [null, '2024-01', null, false],
  ])('puts %s in [%s, %s]: %s', (date, from, to, expected) => {
    expect(inWindow(date, from, to)).toBe(expected);
  });
});
