// What routes read from the store when there is one: article titles and URLs for evidence, article
// dates for asOf, ingestion times for updatedSince. Each helper degrades to "unknown" without a store.
import { LRUCache } from 'lru-cache';
import type { ArticleLookup } from '../../../graph/queries/index.js';
import { graphRevision } from '../../../graph/revision.js';
import type { ArticleInfo } from '../../../types/index.js';
import type { ArticleSummary } from '../../../store/index.js';
import type { AppContext } from './context.js';

/** Article facts kept per app, for one graph revision (a deletion changes the graph). */
interface KeptInfo {
  graph: AppContext['graph'];
  revision: number;
  info: LRUCache<string, ArticleInfo | false>;
}
const kept = new WeakMap<AppContext, KeptInfo>();
/** Articles whose facts are kept between requests. */
const KEPT_ARTICLES = 20_000;

/** A lookup of article title, URL and date, kept between requests until the graph changes; undefined without a store. */
export function articleLookup(ctx: AppContext): ArticleLookup | undefined {
  const store = ctx.store;
  if (!store) return undefined;
  const revision = graphRevision(ctx.graph);
  let k = kept.get(ctx);
  if (!k) kept.set(ctx, (k = { graph: ctx.graph, revision, info: new LRUCache({ max: KEPT_ARTICLES }) }));
  if (k.graph !== ctx.graph || k.revision !== revision) {
    k.info.clear();
    k.graph = ctx.graph;
    k.revision = revision;
  }
  const { info } = k;
  return (id) => {
    let v = info.get(id);
    if (v === undefined) info.set(id, (v = store.articleInfo(id) ?? false));
    return v || null;
  };
}

/** Every stored article's summary (all pages), or null without a store. */
export function allArticles(ctx: AppContext): ArticleSummary[] | null {
  if (!ctx.store) return null;
  const out: ArticleSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = ctx.store.listArticles({ offset, limit: 1000 });
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) return out;
  }
}

/** Ids of articles known by `asOf` (published then, or ingested then when undated), or null without a store. */
export function articlesAsOf(ctx: AppContext, asOf: string): Set<string> | null {
  const all = allArticles(ctx);
  if (!all) return null;
  return new Set(all.filter((a) => (a.date ?? a.ingestedAt.slice(0, 10)).slice(0, asOf.length) <= asOf).map((a) => a.id));
}

/** Ids of articles ingested at or after `since` (ISO time), or null without a store. */
export function articlesIngestedSince(ctx: AppContext, since: string): Set<string> | null {
  const all = allArticles(ctx);
  if (!all) return null;
  return new Set(all.filter((a) => new Date(a.ingestedAt).getTime() >= new Date(since).getTime()).map((a) => a.id));
}
