// Bringing a newer server graph into the viewer's: new actors and events are added without a
// position, known actors keep theirs, and merging the same graph twice adds nothing.
import { describe, expect, it } from 'vitest';
import { emptyGraph } from '../../web/src/graph-source.js';
import { mergeGraphInto } from '../../web/src/merge-graph.js';
import { placeNodes } from '../../web/src/positions.js';

const node = (label: string, state: string | null = null) => ({ label, kind: 'person' as const, state, role: null, aliases: [], articles: ['a1'] });
const edge = (type: string) => ({ type, date: '2024-05-01', article: 'a2' }) as never;

function shown() {
  const g = emptyGraph();
  g.addNode('person:macron', { ...node('Emmanuel Macron', 'FRA'), x: 10, y: 20 } as never);
  return g;
}

function server() {
  const g = emptyGraph();
  g.addNode('person:macron', node('Emmanuel Macron', 'FRA') as never);
  g.addNode('person:pashinyan', node('Nikol Pashinyan', 'ARM') as never);
  g.addEdgeWithKey('e1', 'person:macron', 'person:pashinyan', edge('meeting'));
  return g;
}

describe('mergeGraphInto', () => {
  it('adds the new actor and event and keeps the known actor where it was', () => {
    const g = shown();
    expect(mergeGraphInto(g, server())).toEqual({ nodes: ['person:pashinyan'], edges: 1 });
    expect(g.getNodeAttributes('person:macron')).toMatchObject({ x: 10, y: 20 });
    expect(g.hasEdge('e1')).toBe(true);
  });

  it('lets the new actor be placed next to its neighbour', () => {
    const g = shown();
    mergeGraphInto(g, server());
    expect(placeNodes(g, {})).toBe(1);
    const p = g.getNodeAttributes('person:pashinyan');
    expect(Math.hypot(p.x! - 10, p.y! - 20)).toBeLessThan(10);
  });

  it('adds nothing when the same graph comes twice', () => {
    const g = shown();
    mergeGraphInto(g, server());
    expect(mergeGraphInto(g, server())).toEqual({ nodes: [], edges: 0 });
  });
});
