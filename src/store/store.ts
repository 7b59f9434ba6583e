// The store's interface: everything the rest of diplograph may ask of storage. Asynchronous, so that
// SQLite (sqlite/sqlite-store.ts, embedded, the default) and PostgreSQL (postgres/pg-store.ts, shared
// by several processes) implement the same one.
import type { ArticleInfo, ExtractedArticle } from '../types/index.js';
import type {
  ActorDetail, ActorRecord, ArticleDetail, ArticlePlan, ArticleSummary, DeleteResult, EventDetail,
  EventRecord, Page, StoreStats,
} from './records.js';
import type { SourceStore } from './source-store.js';
import type { StoreChange, Unsubscribe } from './store-change.js';

/** The diplomatic-event store. Every method is asynchronous; a write method is one transaction. */
export interface Store {
  /** Which backend this is: 'sqlite' or 'postgres'. */
  readonly backend: 'sqlite' | 'postgres';
  /** Id of the stored article with the same URL or the same content hash, or null. */
  findDuplicate(probe: { url: string | null; contentHash: string }): Promise<string | null>;
  /** Is an article with this id stored? */
  hasArticle(id: string): Promise<boolean>;
  /** Writes one article with its resolved entities and events: all of it or nothing. */
  writeArticle(plan: ArticlePlan): Promise<void>;
  /** Deletes an article, its reports, events no other article reports and actors no other article mentions. */
  deleteArticle(id: string): Promise<DeleteResult | null>;
  /** Articles deleted at or after `since` (ISO time), oldest first. */
  deletedArticlesSince(since: string): Promise<Array<{ id: string; deletedAt: string }>>;
  /** One stored article with its extraction output, or null. */
  getArticle(id: string): Promise<ArticleDetail | null>;
  /** An article's title, URL and publication date (one narrow indexed read, for evidence), or null. */
  articleInfo(id: string): Promise<ArticleInfo | null>;
  /** Articles in ingestion order, one page. */
  listArticles(page: { offset: number; limit: number }): Promise<Page<ArticleSummary>>;
  /** Ids of all articles, in ingestion order. */
  articleIds(): Promise<string[]>;

  /** Actors having any of these resolver keys. */
  actorsByKeys(keys: readonly string[]): Promise<ActorRecord[]>;
  /** Is this actor id taken? */
  hasActor(id: string): Promise<boolean>;
  /** Events having this resolver key. */
  eventsByKey(key: string): Promise<EventRecord[]>;

  /** An actor with its name forms, roles and articles, or null. */
  getActor(id: string): Promise<ActorDetail | null>;
  /** Every name form any article used for an actor, sorted (none for an unknown id); one indexed read. */
  actorForms(id: string): Promise<string[]>;
  /** The name forms of each of `ids` (as `actorForms`), in one read; ids without forms are left out. */
  actorFormsOf(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** An event with every report of it, or null. */
  getEvent(id: string): Promise<EventDetail | null>;

  /**
   * Articles with entity ids replaced by canonical actor ids and event ids by canonical event ids, each
   * event listed once (under its first report's article): the input of `buildGraph`/`addArticle`.
   * All articles (streamed: iterate once, and do not write through this store meanwhile), or those named.
   */
  graphArticles(ids?: readonly string[]): AsyncIterable<ExtractedArticle>;
  /** Row counts. */
  stats(): Promise<StoreStats>;

  /** A stored setting (e.g. the hash of the merges file last applied), or null. */
  getMeta(key: string): Promise<string | null>;
  /** Stores a setting. */
  setMeta(key: string, value: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on `tx`, a store whose reads and writes belong to it; commits when
   * `fn` resolves, rolls back when it rejects. `tx.transaction` joins the outer transaction.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /** Empties the store and returns every article with its extraction output, in ingestion order (to re-resolve). */
  drainArticles(): Promise<ArticleDetail[]>;
  /**
   * Calls `fn` with each change that other processes commit to this database (PostgreSQL: LISTEN/NOTIFY;
   * SQLite: nothing, one process owns the file). The process's own writes are not reported back.
   */
  onChange(fn: (change: StoreChange) => void): Promise<Unsubscribe>;
  /** The watched feeds and sitemaps (`diplograph sources`, `diplograph watch`). */
  readonly sources: SourceStore;
  /** Closes the store. */
  close(): Promise<void>;
}
