// The reducers: every edge gets a sigma program (never its event type), hidden things stay
// hidden, and a hovered actor lights its neighbours and fades the rest. Graph: the made-up fixture.
import { describe, expect, it } from 'vitest';
import { parallelCurvatures } from '../../web/src/parallel.js';
import { EDGE_PROGRAMS, makeEdgeReducer, makeNodeReducer, type ReducerContext } from '../../web/src/reducers.js';
import { VIEWER_DEFAULTS } from '../../web/src/defaults.js';
import { computeVisibility } from '../../web/src/visibility.js';
import { smallGraph } from './support.js';

const g = smallGraph();
const all = computeVisibility(g, { hiddenTypes: new Set(), states: new Set(), from: null, to: null });
const base: ReducerContext = {
  graph: g, visibility: all, focus: null, neighbors: new Set(), pair: null,
  nodeColor: new Map([['state:ARM', '#e15759']]), nodeSize: new Map(), curvature: parallelCurvatures(g),
};

describe('edge reducer', () => {
  it('gives every edge a sigma program name, whatever its event type', () => {
    const reduce = makeEdgeReducer(base);
    const programs = new Set(g.mapEdges((e, a) => reduce(e, a).type));
    for (const p of programs) expect(EDGE_PROGRAMS).toContain(p);
    expect(programs.has('meeting')).toBe(false);
  });

  it('curves parallel edges (three meetings of one pair) and draws a lone edge straight', () => {
    const reduce = makeEdgeReducer(base);
    expect(reduce('a1:ev1', g.getEdgeAttributes('a1:ev1')).type).toBe('curved');
    expect(reduce('a4:ev9', g.getEdgeAttributes('a4:ev9')).type).toBe('arrow');
  });

  it('hides the edges the filters drop', () => {
    const reduce = makeEdgeReducer({ ...base, visibility: { ...all, edges: new Set() } });
    expect(reduce('a1:ev1', g.getEdgeAttributes('a1:ev1')).hidden).toBe(true);
  });

  it('hides the edges away from a hovered actor', () => {
    const reduce = makeEdgeReducer({ ...base, focus: 'person:sergei-lavrov', neighbors: new Set(g.neighbors('person:sergei-lavrov')) });
    expect(reduce('a4:ev8', g.getEdgeAttributes('a4:ev8')).hidden).toBe(false);
    expect(reduce('a1:ev1', g.getEdgeAttributes('a1:ev1')).hidden).toBe(true);
  });
});

describe('node reducer', () => {
  it('fades and unlabels the actors that are not neighbours of the hovered one', () => {
    const focus = 'person:sergei-lavrov';
    const reduce = makeNodeReducer({ ...base, focus, neighbors: new Set(g.neighbors(focus)) });
    expect(reduce('state:ARM', g.getNodeAttributes('state:ARM'))).toMatchObject({ color: '#e15759', forceLabel: true });
    expect(reduce('person:emmanuel-macron', g.getNodeAttributes('person:emmanuel-macron'))).toMatchObject({ color: VIEWER_DEFAULTS.faded, label: '' });
    expect(reduce(focus, g.getNodeAttributes(focus)).highlighted).toBe(true);
  });

  it('hides the actors the filters drop', () => {
    const reduce = makeNodeReducer({ ...base, visibility: { ...all, nodes: new Set(['state:ARM']) } });
    expect(reduce('state:AZE', g.getNodeAttributes('state:AZE')).hidden).toBe(true);
    expect(reduce('state:ARM', g.getNodeAttributes('state:ARM')).hidden).toBe(false);
  });
});
