// Applies a changed merges file to what is already stored: replays every stored article's
// extraction output (nothing is re-extracted) through the resolver, in ingestion order, in one transaction.
import type { Store } from '../store/index.js';
import type { MergeRules } from './merge-rules.js';
import { planArticle } from './plan-article.js';

const META_KEY = 'merges-hash';

/** Re-resolves all actors and events under `rules`; returns the number of articles replayed. */
export async function reresolve(store: Store, rules: MergeRules): Promise<number> {
  return store.transaction(async (tx) => {
    const articles = await tx.drainArticles();
    for (const a of articles) {
      const { entities, events, ...record } = a;
      const extracted = {
        id: a.id, title: a.title, date: a.date,
        entities: entities.map(({ actorId: _a, viaMerge: _m, ...e }) => e),
        events: events.map(({ eventId: _e, ...ev }) => ev),
      };
      await tx.writeArticle(await planArticle(tx, record, extracted, rules));
    }
    await tx.setMeta(META_KEY, rules.hash);
    return articles.length;
  });
}

/** Re-resolves only when the merges file changed since the store last applied it; returns articles replayed. */
export async function applyMergeRules(store: Store, rules: MergeRules): Promise<number> {
  const last = (await store.getMeta(META_KEY)) ?? '';
  if (last === rules.hash) return 0;
  if ((await store.stats()).articles === 0) {
    await store.setMeta(META_KEY, rules.hash);
    return 0;
  }
  return reresolve(store, rules);
}
