// The SQLite implementation of the Store interface: a thin class that opens the file and delegates
// each method to its synchronous query module; write methods run in one transaction each. Transactions
// are queued (one connection, one transaction at a time) and opened with BEGIN IMMEDIATE.
import type Database from 'better-sqlite3';
import type { ArticleInfo, ExtractedArticle } from '../../types/index.js';
import type {
  ActorDetail, ActorRecord, ArticleDetail, ArticlePlan, ArticleSummary, DeleteResult, EventDetail, EventRecord, Page, StoreStats,
} from '../records.js';
import type { Store } from '../store.js';
import type { StoreChange, Unsubscribe } from '../store-change.js';
import { deleteArticle } from './delete-article.js';
import { graphArticles } from './graph-articles.js';
import { openDatabase } from './open.js';
import { actorForms, actorsByKeys, getActor } from './read-actors.js';
import { articleIds, articleInfo, findDuplicate, getArticle, listArticles } from './read-articles.js';
import { eventsByKey, getEvent } from './read-events.js';
import { SqliteSourceStore } from './source-store.js';
import { stmt } from './statements.js';
import { writeArticle } from './write-article.js';

/** One connection's transaction queue, shared by the store and its transaction views. */
interface Gate { tail: Promise<unknown> }

/** A store kept in one SQLite file (WAL journal). */
export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  readonly db: Database.Database;
  readonly sources: SqliteSourceStore;
  private readonly gate: Gate;
  /** True on the view `transaction` hands its callback: calls join the open transaction. */
  private readonly joined: boolean;

  constructor(file: string | Database.Database, joined = false, gate: Gate = { tail: Promise.resolve() }) {
    this.db = typeof file === 'string' ? openDatabase(file) : file;
    this.sources = new SqliteSourceStore(this.db);
    this.joined = joined;
    this.gate = gate;
  }

  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.joined) return fn(this);
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(new SqliteStore(this.db, true, this.gate));
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    };
    const next = this.gate.tail.then(run, run);
    this.gate.tail = next.catch(() => undefined);
    return next;
  }

  async findDuplicate(probe: { url: string | null; contentHash: string }): Promise<string | null> {
    return findDuplicate(this.db, probe.url, probe.contentHash);
  }

  async hasArticle(id: string): Promise<boolean> {
    return !!stmt(this.db, 'SELECT 1 FROM articles WHERE id = ?').get(id);
  }

  async writeArticle(plan: ArticlePlan): Promise<void> {
    await this.transaction(async () => writeArticle(this.db, plan));
  }

  async deleteArticle(id: string): Promise<DeleteResult | null> {
    return this.transaction(async () => {
      const out = deleteArticle(this.db, id);
      if (out) stmt(this.db, 'INSERT INTO deleted_articles (id, deleted_at) VALUES (?, ?)').run(id, new Date().toISOString());
      return out;
    });
  }

  async deletedArticlesSince(since: string): Promise<Array<{ id: string; deletedAt: string }>> {
    const t = new Date(since).toISOString();
    return (stmt(this.db, 'SELECT id, deleted_at FROM deleted_articles WHERE deleted_at >= ? ORDER BY deleted_at, rowid').all(t) as
      { id: string; deleted_at: string }[]).map((r) => ({ id: r.id, deletedAt: r.deleted_at }));
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    return getArticle(this.db, id);
  }

  async articleInfo(id: string): Promise<ArticleInfo | null> {
    return articleInfo(this.db, id);
  }

  async listArticles(page: { offset: number; limit: number }): Promise<Page<ArticleSummary>> {
    return listArticles(this.db, page.offset, page.limit);
  }

  async articleIds(): Promise<string[]> {
    return articleIds(this.db);
  }

  async actorsByKeys(keys: readonly string[]): Promise<ActorRecord[]> {
    return actorsByKeys(this.db, keys);
  }

  async hasActor(id: string): Promise<boolean> {
    return !!stmt(this.db, 'SELECT 1 FROM actors WHERE id = ?').get(id);
  }

  async eventsByKey(key: string): Promise<EventRecord[]> {
    return eventsByKey(this.db, key);
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    return getActor(this.db, id);
  }

  async actorForms(id: string): Promise<string[]> {
    return actorForms(this.db, id);
  }

  async actorFormsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const id of ids) {
      const forms = actorForms(this.db, id);
      if (forms.length) out.set(id, forms);
    }
    return out;
  }

  async getEvent(id: string): Promise<EventDetail | null> {
    return getEvent(this.db, id);
  }

  async *graphArticles(ids?: readonly string[]): AsyncIterable<ExtractedArticle> {
    yield* graphArticles(this.db, ids);
  }

  async stats(): Promise<StoreStats> {
    const n = (table: string) => (stmt(this.db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: n('articles'), actors: n('actors'), events: n('events'), reports: n('event_reports') };
  }

  async getMeta(key: string): Promise<string | null> {
    return (stmt(this.db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    stmt(this.db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async drainArticles(): Promise<ArticleDetail[]> {
    return this.transaction(async () => {
      const all = articleIds(this.db).map((id) => getArticle(this.db, id)!);
      // the summaries first: emptied, they give the delete triggers nothing to update row by row
      for (const table of ['actor_articles', 'actor_forms', 'actor_roles', 'actor_states',
        'event_reports', 'events', 'aliases', 'mentions', 'actor_keys', 'actors', 'articles']) {
        this.db.exec(`DELETE FROM ${table}`);
      }
      return all;
    });
  }

  async onChange(_fn: (change: StoreChange) => void): Promise<Unsubscribe> {
    return async () => {};
  }

  async close(): Promise<void> {
    if (this.db.open && !this.joined) this.db.close();
  }
}
