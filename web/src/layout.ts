// ForceAtlas2 in a web worker (graphology's supervisor): settings inferred from the graph, start,
// stop, a count of iterations (for the bench), and positions saved while it runs.
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { VIEWER_DEFAULTS } from './defaults.js';
import type { ViewGraph } from './graph-source.js';

/** Runs and stops the layout of one graph. */
export class LayoutController {
  private readonly supervisor: FA2LayoutSupervisor;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saver: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();
  /** Iterations the worker has answered since this controller was made. */
  iterations = 0;

  constructor(private readonly graph: ViewGraph, private readonly save: () => void) {
    const settings = { ...inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5 };
    this.supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
    // One worker message is one iteration; the supervisor keeps the worker to itself, so listen on it.
    const worker = (this.supervisor as unknown as { worker: Worker | null }).worker;
    worker?.addEventListener('message', () => this.iterations++);
  }

  /** Is the layout running? */
  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  /** Starts the layout; stops by itself after `ms` when given. */
  start(ms?: number): void {
    clearTimeout(this.timer);
    if (!this.supervisor.isRunning()) this.supervisor.start();
    if (ms !== undefined) this.timer = setTimeout(() => this.stop(), ms);
    clearInterval(this.saver);
    this.saver = setInterval(this.save, VIEWER_DEFAULTS.savePositionsEveryMs);
    this.emit();
  }

  /** Stops the layout and saves positions. */
  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.saver);
    if (this.supervisor.isRunning()) this.supervisor.stop();
    this.save();
    this.emit();
  }

  /** Stops for good and frees the worker. */
  kill(): void {
    this.stop();
    this.listeners.clear();
    this.supervisor.kill();
  }

  /** Calls `fn` whenever the layout starts or stops. */
  onChange(fn: (running: boolean) => void): void {
    this.listeners.add(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn(this.isRunning());
  }
}

/** How long the first layout runs for a graph of `order` nodes, in ms. */
export function autoLayoutMs(order: number): number {
  const { base, perThousandNodes, max } = VIEWER_DEFAULTS.autoLayoutMs;
  return Math.min(max, base + (perThousandNodes * order) / 1000);
}
