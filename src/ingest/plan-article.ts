// Plans one article's write: resolve its entities to canonical actors, cluster its events with the
// events already stored. Reads the store, writes nothing; the plan is then written in one transaction.
import type { ArticleRecord, ArticlePlan, Store } from '../store/index.js';
import type { ExtractedArticle } from '../types/index.js';
import { clusterEvents } from './cluster-events.js';
import type { MergeRules } from './merge-rules.js';
import { resolveActors } from './resolve-actors.js';

/** The plan that stores `extracted` as `article`. */
export async function planArticle(store: Store, article: ArticleRecord, extracted: ExtractedArticle, rules: MergeRules): Promise<ArticlePlan> {
  // ids must be unique inside one article for the store's keys; extraction promises it, this makes sure
  const seen = new Set<string>();
  const unique = <T extends { id: string }>(x: T): T => {
    let id = x.id;
    for (let n = 2; seen.has(id); n++) id = `${x.id}#${n}`;
    seen.add(id);
    return id === x.id ? x : { ...x, id };
  };
  const entities = extracted.entities.map(unique);
  seen.clear();
  const events = extracted.events.map(unique);

  const { entities: resolved, actors } = await resolveActors(entities, store, rules);
  const actorOf = new Map(resolved.map((e) => [e.id, e.actorId]));
  const { reports, newEvents } = await clusterEvents(article.id, events, actorOf, store);
  return { article, entities: resolved, actors, reports, newEvents };
}
