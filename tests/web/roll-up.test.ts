// The state roll-up folds actors into their states and keeps each event between states.
// Graph: the made-up fixture.
import { describe, expect, it } from 'vitest';
import { rollUpStates } from '../../web/src/roll-up.js';
import { smallGraph } from './support.js';

describe('rollUpStates', () => {
  const actors = smallGraph();
  const states = rollUpStates(actors);

  it('makes one node per state, keeping actors without a state', () => {
    expect(states.nodes().sort()).toEqual(['group:xss', 'organization:european-union', 'state:ARM', 'state:AZE', 'state:FRA', 'state:RUS']);
    expect(states.getNodeAttributes('state:ARM')).toMatchObject({ label: 'Armenia', kind: 'state', members: ['person:nikol-pashinyan', 'person:ararat-mirzoyan'] });
  });

  it('keeps every event between states under its own key, and drops affiliations', () => {
    expect(states.hasEdge('a1:ev1')).toBe(true);
    expect(states.extremities('a1:ev1')).toEqual(['state:ARM', 'state:AZE']);
    expect(states.edges().some((e) => states.getEdgeAttribute(e, 'type') === 'affiliation')).toBe(false);
    const events = actors.filterEdges((_e, a) => a.type !== 'affiliation');
    expect(states.size).toBe(events.length);
  });

  it('leaves the actor graph as it was', () => {
    expect(smallGraph().export()).toEqual(actors.export());
  });
});
