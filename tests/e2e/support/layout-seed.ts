// A fixed layout for a test graph, stored as the viewer stores positions, so a test page opens as a
// returning user's would: nodes where they were, no layout running, clicks landing the same way.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { importGraph } from '../../../web/src/graph-source.js';
import { placeNodes } from '../../../web/src/positions.js';

/** The localStorage entry (key and value) holding a settled layout of `serialized`. */
export function seededPositions(serialized: object): { key: string; value: string } {
  const g = importGraph(serialized);
  placeNodes(g, {});
  forceAtlas2.assign(g, { iterations: 300, settings: forceAtlas2.inferSettings(g) });
  const stored = Object.fromEntries(g.mapNodes((id, a) => [id, [a.x, a.y]]));
  return { key: 'diplograph:positions:actors', value: JSON.stringify(stored) };
}
