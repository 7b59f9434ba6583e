// The legend is the type filter: one toggle button per edge type with its colour and count; a
// press hides or shows that type. Below it, what node colours mean.
import { AFFILIATION, ENTITY_KINDS, EVENT_TYPES } from '../../../src/types/index.js';
import { clear, h } from '../dom.js';
import { edgeColor, kindColor } from '../palette.js';
import type { ColorBy } from '../view-state.js';

/** Every legend entry, in order. */
export const LEGEND_TYPES: readonly string[] = [...EVENT_TYPES, AFFILIATION];

/** Draws the legend into `root` (keeping its heading). */
export function renderLegend(
  root: HTMLElement, counts: ReadonlyMap<string, number>, hidden: ReadonlySet<string>, colorBy: ColorBy,
  toggle: (type: string) => void,
): void {
  for (const el of [...root.children]) if (el.tagName !== 'H2') el.remove();
  const list = h('ul', { class: 'legend-types' });
  for (const type of LEGEND_TYPES) {
    const n = counts.get(type) ?? 0;
    if (n === 0 && type === AFFILIATION) continue;
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = edgeColor(type);
    const on = !hidden.has(type);
    list.append(h('li', {},
      h('button', {
        type: 'button', class: 'legend-toggle', 'data-type': type, 'aria-pressed': String(on),
        title: on ? `Hide ${type} edges` : `Show ${type} edges`, onclick: () => toggle(type),
      }, swatch, h('span', { class: 'name', text: type }), h('span', { class: 'count', text: String(n) }))));
  }
  const nodes = h('div', { class: 'legend-nodes' });
  clear(nodes);
  if (colorBy === 'kind') {
    nodes.append(h('h3', { text: 'Actors' }), h('ul', {}, ...ENTITY_KINDS.map((k) => {
      const dot = h('span', { class: 'dot', 'aria-hidden': 'true' });
      dot.style.background = kindColor(k);
      return h('li', {}, dot, k);
    })));
  } else {
    nodes.append(h('p', { class: 'muted', text: colorBy === 'state' ? 'Actors coloured by state.' : 'Actors coloured by community (Louvain).' }));
  }
  root.append(list, nodes);
}
