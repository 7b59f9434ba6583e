// Listens to the server's event stream (/api/events/stream) and counts what arrived since the graph
// was last brought up to date, so the page can offer "12 new events" without a reload.

/** What arrived and has not been shown yet. */
export interface Pending {
  articles: number;
  events: number;
}

/** Opens the stream; `onPending` is called with the running totals after each arrival. */
export function watchUpdates(onPending: (p: Pending) => void, url = '/api/events/stream'): { reset(): void; close(): void } {
  let pending: Pending = { articles: 0, events: 0 };
  if (typeof EventSource === 'undefined') return { reset() {}, close() {} };
  const source = new EventSource(url);
  source.addEventListener('articles', (e) => {
    try {
      const change = JSON.parse((e as MessageEvent<string>).data) as { ids?: unknown[]; events?: unknown };
      pending = {
        articles: pending.articles + (Array.isArray(change.ids) ? change.ids.length : 0),
        events: pending.events + (typeof change.events === 'number' ? change.events : 0),
      };
      onPending(pending);
    } catch {
      // a malformed message is dropped; the next one still counts
    }
  });
  return {
    reset() { pending = { articles: 0, events: 0 }; },
    close() { source.close(); },
  };
}
