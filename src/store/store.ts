// The store's interface: everything the rest of diplograph may ask of storage.
// SQLite implements it today (sqlite/sqlite-store.ts); a PostgreSQL backend would implement the same.
import type { ArticleInfo, ExtractedArticle } from '../types/index.js';
import type {
  ActorDetail, ActorRecord, ArticleDetail, ArticlePlan, ArticleSummary, DeleteResult, EventDetail,
  EventRecord, Page, StoreStats,
} from './records.js';
import type { SourceStore } from './source-store.js';

/** The diplomatic-event store. Every method is synchronous; a write method is one transaction. */
export interface Store {
  /** Id of the stored article with the same URL or the same content hash, or null. */
  findDuplicate(probe: { url: string | null; contentHash: string }): string | null;
  /** Is an article with this id stored? */
  hasArticle(id: string): boolean;
  /** Writes one article with its resolved entities and events: all of it or nothing. */
  writeArticle(plan: ArticlePlan): void;
  /** Deletes an article, its reports, events no other article reports and actors no other article mentions. */
  deleteArticle(id: string): DeleteResult | null;
  /** Articles deleted at or after `since` (ISO time), oldest first. */
  deletedArticlesSince(since: string): Array<{ id: string; deletedAt: string }>;
  /** One stored article with its extraction output, or null. */
  getArticle(id: string): ArticleDetail | null;
  /** An article's title, URL and publication date (one narrow indexed read, for evidence), or null. */
  articleInfo(id: string): ArticleInfo | null;
  /** Articles in ingestion order, one page. */
  listArticles(page: { offset: number; limit: number }): Page<ArticleSummary>;
  /** Ids of all articles, in ingestion order. */
  articleIds(): string[];

  /** Actors having any of these resolver keys. */
  actorsByKeys(keys: readonly string[]): ActorRecord[];
  /** Is this actor id taken? */
  hasActor(id: string): boolean;
  /** Events having this resolver key. */
  eventsByKey(key: string): EventRecord[];

  /** An actor with its name forms, roles and articles, or null. */
  getActor(id: string): ActorDetail | null;
  /** Every name form any article used for an actor, sorted (none for an unknown id); one indexed read. */
  actorForms(id: string): string[];
  /** An event with every report of it, or null. */
  getEvent(id: string): EventDetail | null;

  /**
   * Articles with entity ids replaced by canonical actor ids and event ids by canonical event ids, each
   * event listed once (under its first report's article): the input of `buildGraph`/`addArticle`.
   * All articles (streamed: iterate once, writing nothing meanwhile), or those named.
   */
  graphArticles(ids?: readonly string[]): Iterable<ExtractedArticle>;
  /** Row counts. */
  stats(): StoreStats;

  /** A stored setting (e.g. the hash of the merges file last applied), or null. */
  getMeta(key: string): string | null;
  /** Stores a setting. */
  setMeta(key: string, value: string): void;
  /** Runs `fn` in one transaction (nested calls join the outer one). */
  transaction<T>(fn: () => T): T;
  /** Empties the store and returns every article with its extraction output, in ingestion order (to re-resolve). */
  drainArticles(): ArticleDetail[];
  /** The watched feeds and sitemaps (`diplograph sources`, `diplograph watch`). */
  readonly sources: SourceStore;
  /** Closes the store. */
  close(): void;
}
