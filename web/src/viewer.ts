// The viewer: holds the graphs (actors, state roll-up, the cut in view), sigma, the layout and the
// view store, and keeps them in step. A deliberate orchestrator; the logic lives in the modules it
// calls (visibility, cap, reducers, measures, panels).
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { capGraph, type CapResult } from './cap.js';
import { VIEWER_DEFAULTS } from './defaults.js';
import { clear } from './dom.js';
import { EXPORTERS } from './export/index.js';
import type { ViewGraph } from './graph-source.js';
import { monthHistogram } from './histogram.js';
import { autoLayoutMs, LayoutController } from './layout.js';
import { communities, measure, sizesFrom } from './measures.js';
import { mergeGraphInto } from './merge-graph.js';
import { hashColor, kindColor } from './palette.js';
import { parallelCurvatures } from './parallel.js';
import { loadPositions, placeNodes, savePositions } from './positions.js';
import { makeEdgeReducer, makeNodeReducer, type ReducerContext } from './reducers.js';
import { rollUpId, rollUpStates } from './roll-up.js';
import { buildSearchIndex, type SearchEntry } from './search-index.js';
import { edgePanel } from './ui/edge-panel.js';
import { renderLegend } from './ui/legend.js';
import { nodePanel, type PanelHost } from './ui/node-panel.js';
import { setupSearch } from './ui/search-box.js';
import { setupTimeline } from './ui/timeline.js';
import { setupToolbar } from './ui/toolbar.js';
import type { ViewState, ViewStore } from './view-state.js';
import { computeVisibility, type Filters, type Visibility } from './visibility.js';

/** The page elements the viewer draws into. */
export interface ViewerElements {
  graph: HTMLElement;
  panel: HTMLElement;
  legend: HTMLElement;
  notice: HTMLElement;
  timeline: HTMLElement;
  toolbar: HTMLElement;
  search: HTMLInputElement;
  results: HTMLUListElement;
}

const FILTER_KEYS = ['hiddenTypes', 'states', 'from', 'to'] as const;

/** The running viewer. */
export class Viewer {
  readonly sigma: Sigma;
  /** The graph of the current mode, whole. */
  source: ViewGraph;
  /** The graph in view: `source`, or its most connected part when it is over the cap. */
  view: ViewGraph;
  cut!: CapResult;
  visibility!: Visibility;
  layout: LayoutController | null = null;
  private statesGraph: ViewGraph | null = null;
  private previous: ViewGraph | null = null;
  private hovered: string | null = null;
  private ctx!: ReducerContext;
  private nodeReducer!: ReturnType<typeof makeNodeReducer>;
  private edgeReducer!: ReturnType<typeof makeEdgeReducer>;
  private nodeColor = new Map<string, string>();
  private nodeSize = new Map<string, number>();
  private curvature = new Map<string, number>();
  private searchIndex: SearchEntry[] = [];
  private readonly toolbar: ReturnType<typeof setupToolbar>;
  private readonly drawTimeline: ReturnType<typeof setupTimeline>;

  constructor(private readonly actors: ViewGraph, readonly store: ViewStore, private readonly el: ViewerElements) {
    this.source = this.modeGraph();
    this.view = this.source;
    this.recut();
    const fresh = placeNodes(this.view, loadPositions(store.get().mode));
    this.nodeReducer = makeNodeReducer(this.emptyCtx());
    this.edgeReducer = makeEdgeReducer(this.emptyCtx());
    this.sigma = new Sigma(this.view, el.graph, {
      edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram, curved: EdgeCurvedArrowProgram },
      defaultEdgeType: 'arrow',
      enableEdgeEvents: true,
      zIndex: true,
      renderEdgeLabels: false,
      // Small graphs label every node; big ones only the nodes drawn large enough to read.
      labelRenderedSizeThreshold: this.view.order < 300 ? 0 : 8,
      nodeReducer: (n, a) => this.nodeReducer(n, a),
      edgeReducer: (e, a) => this.edgeReducer(e, a),
    });
    this.toolbar = setupToolbar(el.toolbar, { store, toggleLayout: () => this.toggleLayout(), exportAs: (id) => this.exportAs(id) });
    this.drawTimeline = setupTimeline(el.timeline, store);
    setupSearch(el.search, el.results, () => this.searchIndex, (id) => this.selectNode(id, true));
    this.wireEvents();
    this.onGraphChanged(fresh);
    store.subscribe((s, p) => this.onState(s, p));
  }

  /** The whole graph of the current mode. */
  private modeGraph(): ViewGraph {
    if (this.store.get().mode === 'actors') return this.actors;
    this.statesGraph ??= rollUpStates(this.actors);
    return this.statesGraph;
  }

  /** The filters of the current state, as sets. */
  filters(s: ViewState = this.store.get()): Filters {
    return { hiddenTypes: new Set(s.hiddenTypes), states: new Set(s.states), from: s.from, to: s.to };
  }

  /** Selects an actor; with `move`, the camera goes to it. */
  selectNode(id: string, move = false): void {
    this.store.set({ selection: { kind: 'node', id } });
    if (move) requestAnimationFrame(() => this.focusCamera(id));
  }

  /** Moves the camera to a node. */
  focusCamera(id: string): void {
    const d = this.sigma.getNodeDisplayData(id);
    if (d) void this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.4 }, { duration: 400 });
  }

  /** Starts or stops the layout. */
  toggleLayout(): void {
    if (!this.layout) return;
    if (this.layout.isRunning()) this.layout.stop();
    else this.layout.start();
  }

  /** Runs one exporter on what is shown. */
  exportAs(id: string): void {
    const exporter = EXPORTERS.find((e) => e.id === id);
    if (exporter) void exporter.run({ sigma: this.sigma, graph: this.view, visibility: this.visibility, fileName: 'diplograph' });
  }

  /** Merges a newer graph from the server; new actors land next to their neighbours, the layout is left as it is. Returns the edges added. */
  mergeGraph(incoming: ViewGraph): number {
    const added = mergeGraphInto(this.actors, incoming);
    this.statesGraph = null;
    this.source = this.modeGraph();
    this.recut();
    this.onGraphChanged(undefined, false);
    return added.edges;
  }

  /** Cuts the source to the cap (with the selection kept); says whether the graph in view changed. */
  private recut(): boolean {
    const s = this.store.get();
    const whole = computeVisibility(this.source, this.filters(s));
    const include = this.selectionNodes(this.source);
    const cap = { maxNodes: s.cap ?? VIEWER_DEFAULTS.maxNodes, maxEdges: VIEWER_DEFAULTS.maxEdges };
    this.cut = capGraph(this.source, cap, (k) => whole.edges.has(k), include);
    if (this.cut.graph === this.view) return false;
    this.previous = this.view;
    this.view = this.cut.graph;
    return true;
  }

  private selectionNodes(graph: ViewGraph): string[] {
    const sel = this.store.get().selection;
    if (sel?.kind === 'node' && graph.hasNode(sel.id)) return [sel.id];
    if (sel?.kind === 'edge' && graph.hasEdge(sel.id)) return graph.extremities(sel.id);
    return [];
  }

  /** After the graph in view changed: sigma, layout, looks, search, timeline, legend. */
  private onGraphChanged(placed?: number, autoLayout = true): void {
    const mode = this.store.get().mode;
    // Positions come from the graph shown before (a new cut), else from storage, else are made up.
    const fresh = placed ?? placeNodes(this.view, loadPositions(mode), this.previous ?? undefined);
    this.previous = null;
    if (placed === undefined) this.sigma.setGraph(this.view);
    this.layout?.kill();
    const graph = this.view;
    this.layout = new LayoutController(graph, () => savePositions(mode, graph));
    this.layout.onChange((running) => this.toolbar.setLayoutRunning(running));
    this.curvature = parallelCurvatures(this.view);
    this.searchIndex = buildSearchIndex(this.source);
    this.computeLooks();
    this.drawTimeline(monthHistogram(this.source));
    this.toolbar.setStates(this.stateCodes());
    this.refresh();
    this.renderPanel(false);
    if (fresh > 0 && autoLayout) this.layout.start(autoLayoutMs(this.view.order));
  }

  private onState(s: ViewState, p: ViewState): void {
    if (s.mode !== p.mode) {
      this.source = this.modeGraph();
      this.store.set({ selection: this.mapSelection(s) });
      this.recut();
      return this.onGraphChanged();
    }
    const filtersChanged = FILTER_KEYS.some((k) => s[k] !== p[k]);
    const needsCut = this.source.order > (s.cap ?? VIEWER_DEFAULTS.maxNodes) || this.source.size > VIEWER_DEFAULTS.maxEdges;
    // A search may pick an actor the cut left out: cut again around it.
    const selectionOut = s.selection !== p.selection && this.selectionNodes(this.source).some((id) => !this.view.hasNode(id));
    if ((needsCut && (filtersChanged || selectionOut)) || s.cap !== p.cap) {
      if (this.recut()) return this.onGraphChanged();
    }
    if (s.colorBy !== p.colorBy || s.sizeBy !== p.sizeBy) this.computeLooks();
    if (filtersChanged || s.colorBy !== p.colorBy || s.sizeBy !== p.sizeBy || s.selection !== p.selection) this.refresh();
    if (s.selection !== p.selection) this.renderPanel(true);
    else if (filtersChanged) this.renderPanel(false);
  }

  // A person selected in the actor view stays selected as its state in the roll-up.
  private mapSelection(s: ViewState): ViewState['selection'] {
    const sel = s.selection;
    if (!sel) return null;
    if (sel.kind === 'edge') return this.source.hasEdge(sel.id) ? sel : null;
    if (this.source.hasNode(sel.id)) return sel;
    if (s.mode === 'states' && this.actors.hasNode(sel.id)) {
      const id = rollUpId(sel.id, this.actors.getNodeAttributes(sel.id));
      return this.source.hasNode(id) ? { kind: 'node', id } : null;
    }
    return null;
  }

  private computeLooks(): void {
    const s = this.store.get();
    const g = this.view;
    const { min, max } = VIEWER_DEFAULTS.nodeSize;
    this.nodeSize = sizesFrom(measure(g, s.sizeBy), min, max);
    this.nodeColor = new Map();
    const groups = s.colorBy === 'community' ? communities(g) : null;
    g.forEachNode((id, a) => {
      const color = groups ? hashColor(`community-${groups.get(id)}`) : s.colorBy === 'state' ? (a.state ? hashColor(a.state) : '#999999') : kindColor(a.kind);
      this.nodeColor.set(id, color);
    });
  }

  /** Recomputes what is visible and emphasised, then redraws. */
  refresh(hoverOnly = false): void {
    const s = this.store.get();
    const g = this.view;
    if (!hoverOnly) this.visibility = computeVisibility(g, this.filters(s));
    const sel = s.selection;
    const selNode = sel?.kind === 'node' && g.hasNode(sel.id) ? sel.id : null;
    const focus = this.hovered ?? selNode;
    const pair = !this.hovered && sel?.kind === 'edge' && g.hasEdge(sel.id) ? (g.extremities(sel.id) as [string, string]) : null;
    this.ctx = {
      graph: g, visibility: this.visibility, focus, neighbors: new Set(focus ? g.neighbors(focus) : []), pair,
      nodeColor: this.nodeColor, nodeSize: this.nodeSize, curvature: this.curvature,
    };
    this.nodeReducer = makeNodeReducer(this.ctx);
    this.edgeReducer = makeEdgeReducer(this.ctx);
    // Hovers come in bursts: redraw once per frame. Other changes redraw at once.
    if (hoverOnly) this.sigma.scheduleRefresh();
    else this.sigma.refresh();
    if (!hoverOnly) {
      this.renderLegend();
      this.renderNotice();
    }
  }

  private renderLegend(): void {
    const s = this.store.get();
    const f = this.filters(s);
    const counts = new Map<string, number>();
    const all = computeVisibility(this.source, { ...f, hiddenTypes: new Set() });
    for (const key of all.edges) {
      const t = this.source.getEdgeAttribute(key, 'type');
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    renderLegend(this.el.legend, counts, f.hiddenTypes, s.colorBy, (type) => {
      const hidden = new Set(this.store.get().hiddenTypes);
      if (hidden.has(type)) hidden.delete(type);
      else hidden.add(type);
      this.store.set({ hiddenTypes: [...hidden] });
      (this.el.legend.querySelector(`button[data-type="${type}"]`) as HTMLElement | null)?.focus();
    });
  }

  private renderNotice(): void {
    const c = this.cut;
    const n = this.el.notice;
    const shown = this.visibility.nodes.size;
    if (c.cut) {
      n.textContent = `Showing the ${this.view.order.toLocaleString('en')} most connected of ${c.totalNodes.toLocaleString('en')} actors `
        + `(${this.view.size.toLocaleString('en')} of ${c.totalEdges.toLocaleString('en')} edges): the graph is cut to stay responsive. `
        + 'To see the rest, narrow it: pick a time window, hide event types in the legend, choose states, or switch to the state roll-up.';
      n.hidden = false;
    } else if (this.visibility.filtered && shown === 0) {
      n.textContent = 'Nothing passes these filters. Widen the time window or show more event types.';
      n.hidden = false;
    } else n.hidden = true;
  }

  private renderPanel(focusHeading: boolean): void {
    const sel = this.store.get().selection;
    const panel = this.el.panel;
    clear(panel);
    const host: PanelHost = {
      graph: this.source, filters: this.filters(),
      selectNode: (id) => this.selectNode(id, true),
      close: () => this.store.set({ selection: null }),
    };
    const ok = sel && (sel.kind === 'node' ? this.source.hasNode(sel.id) : this.source.hasEdge(sel.id));
    if (!sel || !ok) {
      panel.hidden = true;
      return;
    }
    panel.append(...(sel.kind === 'node' ? nodePanel(sel.id, host) : edgePanel(sel.id, host)));
    panel.hidden = false;
    panel.scrollTop = 0;
    if (focusHeading) panel.querySelector<HTMLElement>('#panel-heading')?.focus({ preventScroll: true });
  }

  private stateCodes(): [string, string][] {
    const codes = new Map<string, string>();
    this.actors.forEachNode((id, a) => {
      if (!a.state) return;
      const label = this.actors.hasNode(`state:${a.state}`) ? this.actors.getNodeAttribute(`state:${a.state}`, 'label') : a.state;
      codes.set(a.state, label);
    });
    return [...codes.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  }

  private wireEvents(): void {
    this.sigma.on('enterNode', ({ node }) => { this.hovered = node; this.refresh(true); this.el.graph.style.cursor = 'pointer'; });
    this.sigma.on('leaveNode', () => { this.hovered = null; this.refresh(true); this.el.graph.style.cursor = ''; });
    this.sigma.on('enterEdge', () => { this.el.graph.style.cursor = 'pointer'; });
    this.sigma.on('leaveEdge', () => { this.el.graph.style.cursor = ''; });
    this.sigma.on('clickNode', ({ node }) => this.selectNode(node));
    this.sigma.on('clickEdge', ({ edge }) => this.store.set({ selection: { kind: 'edge', id: edge } }));
    this.sigma.on('clickStage', () => this.store.set({ selection: null }));
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement | null;
      if (e.key === 'Escape' && !(t && t.tagName === 'INPUT')) this.store.set({ selection: null });
    });
  }

  private emptyCtx(): ReducerContext {
    const none = new Set<string>();
    return {
      graph: this.actors, visibility: { nodes: none, edges: none, filtered: false }, focus: null, neighbors: none,
      pair: null, nodeColor: new Map(), nodeSize: new Map(), curvature: new Map(),
    };
  }
}
