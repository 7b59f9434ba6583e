// The view state in the URL's query, so a link restores filters, selection and time window.
// Pure: parse a query string into a ViewState, and a ViewState back into a query string.
import { COLOR_BY, DEFAULT_VIEW, SIZE_BY, VIEW_MODES, type Selection, type ViewState } from './view-state.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO3 = /^[A-Z]{3}$/;

const oneOf = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : fallback;

const list = (raw: string | null): string[] =>
  raw ? [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))] : [];

/** Reads a view state from a query string (`?hide=threat&from=2024-01`); bad values fall back to defaults. */
export function parseViewQuery(query: string): ViewState {
  const p = new URLSearchParams(query);
  const month = (key: string) => {
    const v = p.get(key);
    return v && MONTH.test(v) ? v : null;
  };
  let from = month('from');
  let to = month('to');
  if (from && to && from > to) [from, to] = [to, from];
  const cap = Number(p.get('cap'));
  let selection: Selection = null;
  const node = p.get('node');
  const edge = p.get('edge');
  if (node) selection = { kind: 'node', id: node };
  else if (edge) selection = { kind: 'edge', id: edge };
  return {
    mode: oneOf(VIEW_MODES, p.get('view'), DEFAULT_VIEW.mode),
    hiddenTypes: list(p.get('hide')),
    states: list(p.get('states')).map((s) => s.toUpperCase()).filter((s) => ISO3.test(s)),
    from,
    to,
    selection,
    colorBy: oneOf(COLOR_BY, p.get('color'), DEFAULT_VIEW.colorBy),
    sizeBy: oneOf(SIZE_BY, p.get('size'), DEFAULT_VIEW.sizeBy),
    cap: Number.isInteger(cap) && cap > 0 ? cap : null,
  };
}

/** Writes a view state as a query string, leaving defaults out so links stay short. */
export function formatViewQuery(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.mode !== DEFAULT_VIEW.mode) p.set('view', state.mode);
  if (state.hiddenTypes.length) p.set('hide', [...state.hiddenTypes].sort().join(','));
  if (state.states.length) p.set('states', [...state.states].sort().join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.selection?.kind === 'node') p.set('node', state.selection.id);
  if (state.selection?.kind === 'edge') p.set('edge', state.selection.id);
  if (state.colorBy !== DEFAULT_VIEW.colorBy) p.set('color', state.colorBy);
  if (state.sizeBy !== DEFAULT_VIEW.sizeBy) p.set('size', state.sizeBy);
  if (state.cap !== null) p.set('cap', String(state.cap));
  const s = p.toString();
  return s ? `?${s}` : '';
}
