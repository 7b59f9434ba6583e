// The toolbar: view (actors or states), colour and size measures, the state filter, layout
// start/stop and export. Native controls, so keyboard and screen readers work as they should.
import { h } from '../dom.js';
import { EXPORTERS } from '../export/index.js';
import { COLOR_BY, SIZE_BY, VIEW_MODES, type ViewState, type ViewStore } from '../view-state.js';

/** What the toolbar asks of the viewer. */
export interface ToolbarHost {
  store: ViewStore;
  toggleLayout(): void;
  exportAs(id: string): void;
}

const LABELS: Record<string, string> = {
  actors: 'Actors', states: 'States (roll-up)', kind: 'Kind', state: 'State', community: 'Community',
  degree: 'Degree', events: 'Events', articles: 'Articles',
};

/** Builds the toolbar; returns functions to refresh the state list and the layout button. */
export function setupToolbar(root: HTMLElement, host: ToolbarHost) {
  const { store } = host;
  const select = <K extends 'mode' | 'colorBy' | 'sizeBy'>(id: string, label: string, key: K, values: readonly ViewState[K][]) => {
    const el = h('select', { id, onchange: () => store.set({ [key]: el.value } as Partial<ViewState>) },
      ...values.map((v) => h('option', { value: v, text: LABELS[v] ?? v })));
    el.value = store.get()[key];
    store.subscribe((s) => { el.value = s[key]; });
    return h('label', { class: 'field' }, h('span', { text: label }), el);
  };
  const statesList = h('fieldset', { class: 'states-list' }, h('legend', { text: 'Show actors of' }));
  const statesSummary = h('summary', { text: 'States' });
  const states = h('details', { class: 'states-filter', id: 'states-filter' }, statesSummary, statesList);
  const layout = h('button', { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false', onclick: () => host.toggleLayout(), text: 'Start layout' });
  const exportSelect = h('select', { id: 'export', 'aria-label': 'Export what is shown' },
    h('option', { value: '', text: 'Export…' }), ...EXPORTERS.map((e) => h('option', { value: e.id, text: e.label })));
  exportSelect.addEventListener('change', () => {
    if (exportSelect.value) host.exportAs(exportSelect.value);
    exportSelect.value = '';
  });
  root.append(
    select('view-mode', 'View', 'mode', VIEW_MODES),
    select('color-by', 'Colour', 'colorBy', COLOR_BY),
    select('size-by', 'Size', 'sizeBy', SIZE_BY),
    states, layout, exportSelect,
  );

  /** Lists the states present, each a checkbox; none checked means all. */
  const setStates = (codes: [string, string][]) => {
    for (const el of [...statesList.children]) if (el.tagName !== 'LEGEND') el.remove();
    const chosen = new Set(store.get().states);
    const boxes = codes.map(([code, name]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', value: code, checked: chosen.has(code), onchange: onStates }),
      ` ${name} (${code})`));
    const all = h('button', { type: 'button', text: 'All states', onclick: () => store.set({ states: [] }) });
    statesList.append(all, ...boxes);
  };
  function onStates() {
    const checked = [...statesList.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    store.set({ states: checked });
  }
  store.subscribe((s, p) => {
    if (s.states === p.states) return;
    const chosen = new Set(s.states);
    for (const box of statesList.querySelectorAll<HTMLInputElement>('input')) box.checked = chosen.has(box.value);
    statesSummary.textContent = s.states.length ? `States: ${s.states.join(', ')}` : 'States';
  });
  statesSummary.textContent = store.get().states.length ? `States: ${store.get().states.join(', ')}` : 'States';

  const setLayoutRunning = (running: boolean) => {
    layout.textContent = running ? 'Stop layout' : 'Start layout';
    layout.setAttribute('aria-pressed', String(running));
  };
  return { setStates, setLayoutRunning };
}
