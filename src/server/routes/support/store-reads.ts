// What routes read from the store when there is one: article titles and URLs for evidence, article
// dates for asOf, ingestion times for updatedSince. The store is asynchronous and the graph queries
// are not, so the article list is read once per graph revision (storeReads, a middleware, before the
// routes) and the helpers answer from it synchronously. Each helper degrades to "unknown" without a store.
import type { RequestHandler } from 'express';
import type { ArticleLookup } from '../../../graph/queries/index.js';
import { graphRevision } from '../../../graph/revision.js';
import type { ArticleSummary } from '../../../store/index.js';
import type { AppContext } from './context.js';

/** The article list kept per app, for one graph revision (an added or deleted article changes the graph). */
interface Catalog {
  graph: AppContext['graph'];
  revision: number;
  all: ArticleSummary[];
  byId: Map<string, ArticleSummary>;
}
const kept = new WeakMap<AppContext, Catalog>();
const loading = new WeakMap<AppContext, Promise<void>>();

async function load(ctx: AppContext): Promise<void> {
  const store = ctx.store!;
  const graph = ctx.graph;
  const revision = graphRevision(graph);
  const all: ArticleSummary[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listArticles({ offset, limit: 1000 });
    all.push(...page.items);
    if (page.items.length === 0 || all.length >= page.total) break;
  }
  kept.set(ctx, { graph, revision, all, byId: new Map(all.map((a) => [a.id, a])) });
}

/** Brings the kept article list up to the graph's revision (one read per change, shared by concurrent requests). */
export async function refreshStoreReads(ctx: AppContext): Promise<void> {
  if (!ctx.store) return;
  for (;;) {
    const k = kept.get(ctx);
    if (k && k.graph === ctx.graph && k.revision === graphRevision(ctx.graph)) return;
    let p = loading.get(ctx);
    if (!p) {
      loading.set(ctx, (p = load(ctx).finally(() => loading.delete(ctx))));
    }
    await p;
  }
}

/** The middleware that runs refreshStoreReads before every route. */
export function storeReads(ctx: AppContext): RequestHandler {
  return (_req, _res, next) => {
    if (!ctx.store) return next();
    refreshStoreReads(ctx).then(() => next(), next);
  };
}

function catalog(ctx: AppContext): Catalog | null {
  return ctx.store ? kept.get(ctx) ?? null : null;
}

/** A lookup of article title, URL and date from the kept list; undefined without a store. */
export function articleLookup(ctx: AppContext): ArticleLookup | undefined {
  const c = catalog(ctx);
  if (!c) return undefined;
  return (id) => {
    const a = c.byId.get(id);
    return a ? { title: a.title, url: a.url, date: a.date } : null;
  };
}

/** Every stored article's summary, or null without a store. */
export function allArticles(ctx: AppContext): ArticleSummary[] | null {
  return catalog(ctx)?.all ?? null;
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
