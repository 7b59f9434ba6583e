// The panel of a relation: a click on an edge shows the timeline of the two actors, every event
// between them in both directions with its sentence, the clicked one marked.
import { EVENT_TYPES } from '../../../src/types/index.js';
import { h } from '../dom.js';
import { countByType, pairEvidence, passes } from '../evidence.js';
import { eventList } from './event-list.js';
import { header, type PanelHost } from './node-panel.js';

/** Builds the panel content for the pair behind `edge`. */
export function edgePanel(edge: string, host: PanelHost): HTMLElement[] {
  const g = host.graph;
  const s = g.source(edge);
  const t = g.target(edge);
  const label = (id: string) => g.getNodeAttribute(id, 'label');
  const attrs = g.getEdgeAttributes(edge);
  if (attrs.type === 'affiliation') {
    return [header(`${label(s)} — ${label(t)}`, host), h('p', { text: `${label(s)} acts for ${label(t)}.` })];
  }
  const all = pairEvidence(g, s, t).filter((it) => it.attrs.type !== 'affiliation');
  const shown = all.filter((it) => passes(it.attrs, host.filters));
  const summary = countByType(all, EVENT_TYPES).map(([type, n]) => `${n} ${type}`).join(', ');
  const note = shown.length < all.length ? ` — ${shown.length} of ${all.length} pass the filters` : '';
  return [
    header(`${label(s)} ↔ ${label(t)}`, host),
    h('p', { class: 'summary', text: `${all.length} event${all.length === 1 ? '' : 's'} between them: ${summary}.` }),
    h('h3', { text: `Timeline (${shown.length})${note}` }),
    eventList(shown, { graph: g, selectNode: host.selectNode, current: edge }),
  ];
}
