// The panel of one actor: who it is (role and state with where each came from, every name form), how
// many events of each type, and the events themselves as sentences with date and article. Headings
// and buttons, no HTML data.
import { EVENT_TYPES, type Fact } from '../../../src/types/index.js';
import { h } from '../dom.js';
import { countByType, nodeEvidence, passes } from '../evidence.js';
import { factLine } from '../fact-text.js';
import type { ViewGraph } from '../graph-source.js';
import type { Filters } from '../visibility.js';
import { eventList } from './event-list.js';

/** What the panel needs from the viewer. */
export interface PanelHost {
  /** The whole graph of the mode (not the cut one), for complete evidence. */
  graph: ViewGraph;
  filters: Filters;
  selectNode(id: string): void;
  close(): void;
}

/** Builds the panel content for `node`. */
export function nodePanel(node: string, host: PanelHost): HTMLElement[] {
  const a = host.graph.getNodeAttributes(node);
  const all = nodeEvidence(host.graph, node);
  const shown = all.filter((it) => passes(it.attrs, host.filters));
  // the state's own node gives its name: "Foreign Minister of Russia"
  const stateName = a.state && host.graph.hasNode(`state:${a.state}`) ? host.graph.getNodeAttribute(`state:${a.state}`, 'label') : a.state;
  const source = (f: Fact | undefined) => (f ? h('span', { class: 'fact-source', text: ' · ' + factLine(f, stateName) }) : null);
  const facts = h('dl', { class: 'facts' },
    h('dt', { text: 'Kind' }), h('dd', { text: a.kind }),
    a.role ? h('dt', { text: 'Role' }) : null, a.role ? h('dd', { class: 'role' }, a.role, source(a.provenance?.role)) : null,
    h('dt', { text: 'State' }), h('dd', { class: 'state' }, a.state ?? '—', a.state ? source(a.provenance?.state && { ...a.provenance.state, office: undefined }) : null),
    h('dt', { text: 'Articles' }), h('dd', { text: String(a.articles?.length ?? 0) }),
  );
  const names = a.aliases?.length
    ? h('ul', { class: 'names' }, ...a.aliases.map((n) => h('li', { text: n })))
    : h('p', { class: 'muted', text: 'No other name forms.' });
  const counts = countByType(all, EVENT_TYPES);
  const table = h('table', { class: 'counts' },
    h('caption', { class: 'sr-only', text: 'Events by type' }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Type' }), h('th', { scope: 'col', text: 'Events' }))),
    h('tbody', {}, ...counts.map(([t, n]) => h('tr', {}, h('th', { scope: 'row', text: t }), h('td', { text: String(n) })))),
  );
  const members = a.members?.length
    ? [h('h3', { text: `Actors rolled up (${a.members.length})` }),
      h('ul', { class: 'names' }, ...a.members.map((m) => h('li', { text: m })))]
    : [];
  const note = shown.length < all.length ? ` — ${shown.length} of ${all.length} pass the filters` : '';
  return [
    header(a.label, host),
    facts,
    h('h3', { text: 'Name forms' }), names,
    ...members,
    h('h3', { text: 'Events by type' }), counts.length ? table : h('p', { class: 'muted', text: 'No events.' }),
    h('h3', { text: `Events (${shown.length})${note}` }),
    eventList(shown, { graph: host.graph, selectNode: host.selectNode }),
  ];
}

/** The panel's heading with its close button. */
export function header(title: string, host: Pick<PanelHost, 'close'>): HTMLElement {
  return h('div', { class: 'panel-head' },
    h('h2', { id: 'panel-heading', tabindex: '-1', text: title }),
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close panel', onclick: () => host.close(), text: '×' }));
}
