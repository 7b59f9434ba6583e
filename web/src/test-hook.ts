// A small window hook for the browser tests and the bench: where a node is on screen, what is
// shown, and the layout's state. Read-only but for `settle`, which stops the layout so a click lands.
import { LayoutController } from './layout.js';
import type { Viewer } from './viewer.js';

/** What `window.__diplograph` offers. */
export interface DiplographHook {
  /** Milliseconds from navigation start to the first drawn frame. */
  firstFrameMs: number | null;
  /** Stops the layout and resolves once the frame with final positions is drawn. */
  settle(): Promise<void>;
  /** A node's position in the page (CSS pixels), or null when it is not drawn. */
  nodeInPage(id: string): { x: number; y: number } | null;
  /** Counts of what is drawn: nodes, edges, and edges per type. */
  shown(): { nodes: number; edges: number; types: Record<string, number> };
  /** Is this node drawn (in view and not hidden by a filter)? */
  isShown(id: string): boolean;
  layoutRunning(): boolean;
  /** Layout iterations done by the worker so far. */
  layoutIterations(): number;
  startLayout(): void;
  /** Runs ForceAtlas2 on a copy of the graph in view, with nothing drawn, for `ms`: iterations per second. */
  measureLayout(ms: number): Promise<number>;
}

declare global {
  interface Window {
    __diplograph?: DiplographHook;
  }
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Installs the hook for `viewer`. */
export function installHook(viewer: Viewer, firstFrameMs: () => number | null): void {
  const hook: DiplographHook = {
    get firstFrameMs() { return firstFrameMs(); },
    async settle() {
      viewer.layout?.stop();
      await frame();
      await frame();
    },
    nodeInPage(id) {
      const d = viewer.sigma.getNodeDisplayData(id);
      if (!d || !viewer.visibility.nodes.has(id)) return null;
      const p = viewer.sigma.framedGraphToViewport(d);
      const rect = viewer.sigma.getContainer().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    shown() {
      const types: Record<string, number> = {};
      for (const key of viewer.visibility.edges) {
        const t = viewer.view.getEdgeAttribute(key, 'type');
        types[t] = (types[t] ?? 0) + 1;
      }
      return { nodes: viewer.visibility.nodes.size, edges: viewer.visibility.edges.size, types };
    },
    isShown: (id) => viewer.view.hasNode(id) && viewer.visibility.nodes.has(id),
    layoutRunning: () => viewer.layout?.isRunning() ?? false,
    layoutIterations: () => viewer.layout?.iterations ?? 0,
    startLayout: () => viewer.layout?.start(),
    async measureLayout(ms) {
      const copy = viewer.view.copy();
      const probe = new LayoutController(copy, () => {});
      probe.start();
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, ms));
      const rate = probe.iterations / ((performance.now() - t0) / 1000);
      probe.kill();
      return rate;
    },
  };
  window.__diplograph = hook;
}
