// Tells whoever listens that articles entered the store and the live graph (POST /api/articles, the
// watcher), so the event stream can push it to open viewers. A plain in-process list of listeners.

/** One batch of articles that entered the graph. */
export interface ArticlesAdded {
  ids: string[];
  /** Events the articles brought. */
  events: number;
  /** ISO time. */
  at: string;
}

/** The listeners to graph changes of one server. */
export class GraphChanges {
  private readonly listeners = new Set<(change: ArticlesAdded) => void>();

  /** Calls `fn` on every batch; returns the unsubscribe. */
  subscribe(fn: (change: ArticlesAdded) => void): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  /** How many listen (open event streams). */
  get size(): number {
    return this.listeners.size;
  }

  /** Announces a batch. A listener that throws is dropped, never the writer. */
  articlesAdded(change: ArticlesAdded): void {
    for (const fn of this.listeners) {
      try {
        fn(change);
      } catch {
        this.listeners.delete(fn);
      }
    }
  }
}
