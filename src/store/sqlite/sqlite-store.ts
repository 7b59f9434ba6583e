// The SQLite implementation of the Store interface: a thin class that opens the file and delegates
// each method to its query module; write methods run in one transaction each.
import type Database from 'better-sqlite3';
import type { ArticleInfo, ExtractedArticle } from '../../types/index.js';
import type {
  ActorDetail, ActorRecord, ArticleDetail, ArticlePlan, ArticleSummary, DeleteResult, EventDetail, EventRecord, Page, StoreStats,
} from '../records.js';
import type { Store } from '../store.js';
import { deleteArticle } from './delete-article.js';
import { graphArticles } from './graph-articles.js';
import { openDatabase } from './open.js';
import { actorForms, actorsByKeys, getActor } from './read-actors.js';
import { articleIds, articleInfo, findDuplicate, getArticle, listArticles } from './read-articles.js';
import { eventsByKey, getEvent } from './read-events.js';
import { SqliteSourceStore } from './source-store.js';
import { stmt } from './statements.js';
import { writeArticle } from './write-article.js';

/** A store kept in one SQLite file (WAL journal). */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly sources: SqliteSourceStore;

  constructor(file: string) {
    this.db = openDatabase(file);
    this.sources = new SqliteSourceStore(this.db);
  }

  transaction<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn)();
  }

  findDuplicate(probe: { url: string | null; contentHash: string }): string | null {
    return findDuplicate(this.db, probe.url, probe.contentHash);
  }

  hasArticle(id: string): boolean {
    return !!stmt(this.db, 'SELECT 1 FROM articles WHERE id = ?').get(id);
  }

  writeArticle(plan: ArticlePlan): void {
    this.transaction(() => writeArticle(this.db, plan));
  }

  deleteArticle(id: string): DeleteResult | null {
    return this.transaction(() => {
      const out = deleteArticle(this.db, id);
      if (out) stmt(this.db, 'INSERT INTO deleted_articles (id, deleted_at) VALUES (?, ?)').run(id, new Date().toISOString());
      return out;
    });
  }

  deletedArticlesSince(since: string): Array<{ id: string; deletedAt: string }> {
    const t = new Date(since).toISOString();
    return (stmt(this.db, 'SELECT id, deleted_at FROM deleted_articles WHERE deleted_at >= ? ORDER BY deleted_at, rowid').all(t) as
      { id: string; deleted_at: string }[]).map((r) => ({ id: r.id, deletedAt: r.deleted_at }));
  }

  getArticle(id: string): ArticleDetail | null {
    return getArticle(this.db, id);
  }

  articleInfo(id: string): ArticleInfo | null {
    return articleInfo(this.db, id);
  }

  listArticles(page: { offset: number; limit: number }): Page<ArticleSummary> {
    return listArticles(this.db, page.offset, page.limit);
  }

  articleIds(): string[] {
    return articleIds(this.db);
  }

  actorsByKeys(keys: readonly string[]): ActorRecord[] {
    return actorsByKeys(this.db, keys);
  }

  hasActor(id: string): boolean {
    return !!stmt(this.db, 'SELECT 1 FROM actors WHERE id = ?').get(id);
  }

  eventsByKey(key: string): EventRecord[] {
    return eventsByKey(this.db, key);
  }

  getActor(id: string): ActorDetail | null {
    return getActor(this.db, id);
  }

  actorForms(id: string): string[] {
    return actorForms(this.db, id);
  }

  getEvent(id: string): EventDetail | null {
    return getEvent(this.db, id);
  }

  graphArticles(ids?: readonly string[]): Iterable<ExtractedArticle> {
    return graphArticles(this.db, ids);
  }

  stats(): StoreStats {
    const n = (table: string) => (stmt(this.db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: n('articles'), actors: n('actors'), events: n('events'), reports: n('event_reports') };
  }

  getMeta(key: string): string | null {
    return (stmt(this.db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    stmt(this.db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  drainArticles(): ArticleDetail[] {
    return this.transaction(() => {
      const all = articleIds(this.db).map((id) => getArticle(this.db, id)!);
      // the summaries first: emptied, they give the delete triggers nothing to update row by row
      for (const table of ['actor_articles', 'actor_forms', 'actor_roles', 'actor_states',
        'event_reports', 'events', 'aliases', 'mentions', 'actor_keys', 'actors', 'articles']) {
        this.db.exec(`DELETE FROM ${table}`);
      }
      return all;
    });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
