// Applies a changed merges file to what is already stored: replays every stored article's
// extraction output (nothing is re-extracted) through the resolver, in ingestion order, in one transaction.
import type { Store } from '../store/index.js';
import type { MergeRules } from './merge-rules.js';
import { planArticle } from './plan-article.js';

const META_KEY = 'merges-hash';

/** Re-resolves all actors and events under `rules`; returns the number of articles replayed. */
export function reresolve(store: Store, rules: MergeRules): number {
  return store.transaction(() => {
    const articles = store.drainArticles();
    for (const a of articles) {
      const { entities, events, ...record } = a;
      const extracted = {
        id: a.id, title: a.title, date: a.date,
        entities: entities.map(({ actorId: _a, viaMerge: _m, ...e }) => e),
        events: events.map(({ eventId: _e, ...ev }) => ev),
      };
      store.writeArticle(planArticle(store, record, extracted, rules));
    }
    store.setMeta(META_KEY, rules.hash);
    return articles.length;
  });
}

/** Re-resolves only when the merges file changed since the store last applied it; returns articles replayed. */
export function applyMergeRules(store: Store, rules: MergeRules): number {
  const last = store.getMeta(META_KEY) ?? '';
  if (last === rules.hash) return 0;
  if (store.stats().articles === 0) {
    store.setMeta(META_KEY, rules.hash);
    return 0;
  }
  return reresolve(store, rules);
}
