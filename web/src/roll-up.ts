// The state roll-up: one node per state, each person, organization and group folded into the
// state it acts for; actors with no state stay as they are. Every event stays its own edge (same
// key), so filters, time and evidence work unchanged. Affiliations and events inside one state go.
import { emptyGraph, type ViewGraph, type ViewNode } from './graph-source.js';

/** The id a node rolls up to: `state:ISO3` for an actor with a state, else itself. */
export const rollUpId = (id: string, attrs: ViewNode): string =>
  attrs.kind !== 'state' && attrs.state ? `state:${attrs.state}` : id;

/** Builds the state roll-up of an actor graph. */
export function rollUpStates(actors: ViewGraph): ViewGraph {
  const graph = emptyGraph();
  const target = new Map<string, string>();
  actors.forEachNode((id, attrs) => {
    const to = rollUpId(id, attrs);
    target.set(id, to);
    const prev = graph.hasNode(to) ? graph.getNodeAttributes(to) : null;
    const own = to === id;
    const members = prev?.members ?? [];
    if (!own) members.push(id);
    graph.mergeNode(to, {
      label: own ? attrs.label : prev?.label ?? attrs.state ?? to,
      kind: own ? attrs.kind : 'state',
      state: own ? attrs.state : attrs.state,
      role: own ? attrs.role : null,
      aliases: own ? attrs.aliases : prev?.aliases ?? [],
      articles: [...new Set([...(prev?.articles ?? []), ...attrs.articles])].sort(),
      members,
    });
  });
  actors.forEachEdge((key, attrs, source, tgt) => {
    if (attrs.type === 'affiliation') return;
    const s = target.get(source)!;
    const t = target.get(tgt)!;
    if (s === t) return; // "Mirzoyan briefed Pashinyan": inside one state, not between states
    graph.addEdgeWithKey(key, s, t, attrs);
  });
  return graph;
}
