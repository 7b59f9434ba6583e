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
  /** A point in the page where a click lands on this (straight) edge and on no node, or null. */
  edgeInPage(key: string): { x: number; y: number } | null;
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

// A frame, or a quarter second if the page draws no frame (a throttled page must not hang a test).
const frame = () => new Promise<void>((r) => {
  requestAnimationFrame(() => r());
  setTimeout(r, 250);
});

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
    edgeInPage(key) {
      const sigma = viewer.sigma;
      // sigma's own picking, private in its types: what a click at this point would hit.
      const pick = sigma as unknown as {
        getNodeAtPosition(p: { x: number; y: number }): string | null; getEdgeAtPoint(x: number, y: number): string | null;
      };
      const [s, t] = viewer.view.extremities(key);
      const a = sigma.getNodeDisplayData(s);
      const b = sigma.getNodeDisplayData(t);
      if (!a || !b) return null;
      const rect = sigma.getContainer().getBoundingClientRect();
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
        const p = sigma.framedGraphToViewport({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f });
        if (pick.getNodeAtPosition(p) !== null || pick.getEdgeAtPoint(p.x, p.y) !== key) continue;
        return { x: rect.left + p.x, y: rect.top + p.y };
      }
      return null;
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
