// The PostgreSQL implementation of the Store interface, for several processes on one database: a
// connection pool, migrations on first use, and transactions on one pooled client each. A transaction's
// view (`tx`) is a PgStore bound to that client; outside transactions reads go to the pool.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { ArticleInfo, ExtractedArticle } from '../../types/index.js';
import type {
  ActorDetail, ActorRecord, ArticleDetail, ArticlePlan, ArticleSummary, DeleteResult, EventDetail, EventRecord, Page, StoreStats,
} from '../records.js';
import type { Store } from '../store.js';
import type { StoreChange, Unsubscribe } from '../store-change.js';
import { listenChanges, notifyChange } from './change-feed.js';
import { deleteArticlePg } from './delete-article.js';
import { graphArticlesPg } from './graph-articles.js';
import { migratePg, quoteIdent } from './migrate.js';
import { row, rows, run, type Queryable } from './query.js';
import { actorFormsOfPg, actorFormsPg, actorsByKeysPg, getActorPg } from './read-actors.js';
import { articleIdsPg, articleInfoPg, findDuplicatePg, getArticlePg, listArticlesPg } from './read-articles.js';
import { eventsByKeyPg, getEventPg } from './read-events.js';
import { PgSourceStore } from './source-store.js';
import { writeArticlePg } from './write-article.js';

/** Where a PostgreSQL store lives: a connection URL, and the schema its tables go in. */
export interface PgLocation {
  url: string;
  /** Default "public"; `?schema=NAME` on the URL sets it (tests give each store its own). */
  schema: string;
}

/** Is `location` a PostgreSQL URL (postgres:// or postgresql://)? */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location.trim());

/** Splits `?schema=NAME` off a PostgreSQL URL. */
export function pgLocation(url: string): PgLocation {
  const u = new URL(url.trim());
  const schema = u.searchParams.get('schema') || 'public';
  u.searchParams.delete('schema');
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`The schema "${schema}" in DIPLOGRAPH_DB is not a plain SQL name (letters, digits, _).`);
  return { url: u.toString(), schema };
}

/** The URL without its password, to name the database in messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** A store kept in a PostgreSQL database, shared by any number of processes. */
export class PgStore implements Store {
  readonly backend = 'postgres' as const;
  readonly sources: PgSourceStore;

  private constructor(readonly pool: pg.Pool, /** The pool, or the client of this view's transaction. */ readonly q: Queryable, private readonly inTx: boolean, readonly location: PgLocation,
    /** Tags this store's change notices, so that it skips its own. */
    readonly origin: string = randomUUID()) {
    this.sources = new PgSourceStore(q);
  }

  /** Connects to `url` and brings its schema up to date. */
  static async open(url: string, options: { max?: number } = {}): Promise<PgStore> {
    const location = pgLocation(url);
    const pool = new pg.Pool({
      connectionString: location.url, max: options.max ?? 8,
      options: `-c search_path=${quoteIdent(location.schema)}`,
    });
    pool.on('error', () => { /* an idle client lost its connection: the pool makes a new one */ });
    try {
      const client = await pool.connect();
      try {
        await migratePg(client, location.schema);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end();
      throw new Error(`Cannot open the database ${redactedUrl(location.url)}: ${(err as Error).message}`, { cause: err });
    }
    return new PgStore(pool, pool, false, location);
  }

  /** Runs `fn` in one transaction that holds the schema's write lock (an advisory lock): writers take turns, readers never wait. */
  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // one writer at a time, as on SQLite: an article is resolved against every article committed before it
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`diplograph-write:${this.location.schema}`]);
      const out = await fn(new PgStore(this.pool, client, true, this.location, this.origin));
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  findDuplicate(probe: { url: string | null; contentHash: string }): Promise<string | null> {
    return findDuplicatePg(this.q, probe.url, probe.contentHash);
  }

  async hasArticle(id: string): Promise<boolean> {
    return !!(await row(this.q, 'SELECT 1 FROM articles WHERE id = $1', [id]));
  }

  writeArticle(plan: ArticlePlan): Promise<void> {
    return this.transaction(async (tx) => {
      await writeArticlePg((tx as PgStore).q, plan);
      await this.notify(tx, { kind: 'added', id: plan.article.id });
    });
  }

  deleteArticle(id: string): Promise<DeleteResult | null> {
    return this.transaction(async (tx) => {
      const q = (tx as PgStore).q;
      const out = await deleteArticlePg(q, id);
      if (out) await run(q, 'INSERT INTO deleted_articles (id, deleted_at) VALUES ($1, $2)', [id, new Date().toISOString()]);
      if (out) await this.notify(tx, { kind: 'deleted', id });
      return out;
    });
  }

  async deletedArticlesSince(since: string): Promise<Array<{ id: string; deletedAt: string }>> {
    const t = new Date(since).toISOString();
    return (await rows<{ id: string; deleted_at: string }>(this.q,
      'SELECT id, deleted_at FROM deleted_articles WHERE deleted_at >= $1 ORDER BY deleted_at, seq', [t]))
      .map((r) => ({ id: r.id, deletedAt: r.deleted_at }));
  }

  getArticle(id: string): Promise<ArticleDetail | null> {
    return getArticlePg(this.q, id);
  }

  articleInfo(id: string): Promise<ArticleInfo | null> {
    return articleInfoPg(this.q, id);
  }

  listArticles(page: { offset: number; limit: number }): Promise<Page<ArticleSummary>> {
    return listArticlesPg(this.q, page.offset, page.limit);
  }

  articleIds(): Promise<string[]> {
    return articleIdsPg(this.q);
  }

  actorsByKeys(keys: readonly string[]): Promise<ActorRecord[]> {
    return actorsByKeysPg(this.q, keys);
  }

  async hasActor(id: string): Promise<boolean> {
    return !!(await row(this.q, 'SELECT 1 FROM actors WHERE id = $1', [id]));
  }

  eventsByKey(key: string): Promise<EventRecord[]> {
    return eventsByKeyPg(this.q, key);
  }

  getActor(id: string): Promise<ActorDetail | null> {
    return getActorPg(this.q, id);
  }

  actorForms(id: string): Promise<string[]> {
    return actorFormsPg(this.q, id);
  }

  actorFormsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    return actorFormsOfPg(this.q, ids);
  }

  getEvent(id: string): Promise<EventDetail | null> {
    return getEventPg(this.q, id);
  }

  graphArticles(ids?: readonly string[]): AsyncIterable<ExtractedArticle> {
    return graphArticlesPg(this.q, ids);
  }

  async stats(): Promise<StoreStats> {
    const r = (await row<StoreStats>(this.q, `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM actors) AS actors,
      (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM event_reports) AS reports`))!;
    return { articles: r.articles, actors: r.actors, events: r.events, reports: r.reports };
  }

  async getMeta(key: string): Promise<string | null> {
    return (await row<{ value: string }>(this.q, 'SELECT value FROM meta WHERE key = $1', [key]))?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await run(this.q, 'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
  }

  drainArticles(): Promise<ArticleDetail[]> {
    return this.transaction(async (tx) => {
      const t = tx as PgStore;
      const all: ArticleDetail[] = [];
      for (const id of await articleIdsPg(t.q)) all.push((await getArticlePg(t.q, id))!);
      // one TRUNCATE of every table the articles fill: no row triggers to run
      await run(t.q, `TRUNCATE actor_articles, actor_forms, actor_roles, actor_states, event_reports, events, aliases,
                      mentions, actor_keys, actors, articles`);
      await this.notify(tx, { kind: 'reset' });
      return all;
    });
  }

  onChange(fn: (change: StoreChange) => void): Promise<Unsubscribe> {
    return listenChanges(this.location.url, this.location.schema, this.origin, fn);
  }

  /** Queues a change notice on the transaction `tx` (sent at its commit). */
  private notify(tx: Store, change: StoreChange): Promise<void> {
    return notifyChange((tx as PgStore).q, this.location.schema, this.origin, change);
  }

  async close(): Promise<void> {
    if (!this.inTx && !this.pool.ended) await this.pool.end();
  }
}
