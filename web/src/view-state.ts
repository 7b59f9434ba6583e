// The view state: everything a shared link must restore (filters, selection, time window, looks).
// One small store; modules subscribe and redraw. The URL mirrors it (url-state.ts).

/** Whether nodes are actors or states with their actors rolled up. */
export const VIEW_MODES = ['actors', 'states'] as const;
/** One view mode. */
export type ViewMode = (typeof VIEW_MODES)[number];
/** What a node's colour shows. */
export const COLOR_BY = ['kind', 'state', 'community'] as const;
/** One colouring. */
export type ColorBy = (typeof COLOR_BY)[number];
/** What a node's size shows. */
export const SIZE_BY = ['degree', 'events', 'articles'] as const;
/** One sizing measure. */
export type SizeBy = (typeof SIZE_BY)[number];

/** What is selected: a node, an edge (shown as the pair's timeline) or nothing. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** The whole view state. */
export interface ViewState {
  mode: ViewMode;
  /** Edge types switched off in the legend. */
  hiddenTypes: string[];
  /** ISO3 codes to keep (empty: every state). */
  states: string[];
  /** First and last month shown, `YYYY-MM`, or null for open ends. */
  from: string | null;
  to: string | null;
  selection: Selection;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  /** Node cap override, or null for the default. */
  cap: number | null;
}

/** The view a fresh page opens with. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  mode: 'actors', hiddenTypes: [], states: [], from: null, to: null, selection: null,
  colorBy: 'kind', sizeBy: 'degree', cap: null,
});

type Listener = (state: ViewState, previous: ViewState) => void;

/** A tiny observable store of the view state. */
export class ViewStore {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.state = initial;
  }

  /** The current state (do not mutate). */
  get(): ViewState {
    return this.state;
  }

  /** Merges `patch` into the state and notifies listeners. */
  set(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
