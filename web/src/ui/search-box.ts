// Type-ahead actor search: a combobox over every name form, arrows to move, Enter to choose,
// Escape to leave. "/" anywhere focuses it.
import { VIEWER_DEFAULTS } from '../defaults.js';
import { clear, h } from '../dom.js';
import { searchActors, type SearchEntry, type SearchHit } from '../search-index.js';

/** Wires the search box; `getIndex` gives the current index, `choose` selects an actor. */
export function setupSearch(input: HTMLInputElement, listbox: HTMLUListElement, getIndex: () => SearchEntry[], choose: (id: string) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    choose(hit.id);
  };
  const mark = () => {
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };
  const render = () => {
    hits = searchActors(getIndex(), input.value, VIEWER_DEFAULTS.searchLimit);
    clear(listbox);
    active = hits.length ? 0 : -1;
    hits.forEach((hit, i) => {
      const extra = hit.matched !== hit.label ? ` (“${hit.matched}”)` : '';
      listbox.append(h('li', {
        id: `search-hit-${i}`, role: 'option', 'data-id': hit.id, 'aria-selected': String(i === active),
        onmousedown: (e: Event) => { e.preventDefault(); pick(i); },
      }, h('span', { class: 'hit-label', text: hit.label }), h('span', { class: 'hit-extra', text: `${extra} · ${hit.kind}` })));
    });
    if (!hits.length && input.value.trim()) listbox.append(h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true', text: 'No actor by that name.' }));
    listbox.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!listbox.hidden));
    mark();
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => input.value.trim() && render());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; mark(); e.preventDefault(); }
    else if (e.key === 'Enter') { pick(Math.max(0, active)); e.preventDefault(); }
    else if (e.key === 'Escape') { close(); input.blur(); }
  });
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (e.key === '/' && !typing) { e.preventDefault(); input.focus(); input.select(); }
  });
}
