// Reads of articles: one with its extraction output, a page of summaries, ids in ingestion order.
import type Database from 'better-sqlite3';
import type { ArticleInfo } from '../../types/index.js';
import type { ArticleDetail, ArticleSummary, Page } from '../records.js';
import { type ArticleRow, type MentionRow, type ReportRow, toArticle, toEntity, toReport } from './rows.js';
import { stmt } from './statements.js';

/** One article with its entities and reports, or null. */
export function getArticle(db: Database.Database, id: string): ArticleDetail | null {
  const row = stmt(db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  if (!row) return null;
  const mentions = stmt(db, 'SELECT * FROM mentions WHERE article_id = ? ORDER BY rowid').all(id) as MentionRow[];
  const reports = stmt(db, 'SELECT * FROM event_reports WHERE article_id = ? ORDER BY ord').all(id) as ReportRow[];
  return { ...toArticle(row), entities: mentions.map(toEntity), events: reports.map(toReport) };
}

/** An article's title, URL and publication date, or null: three columns of one row. */
export function articleInfo(db: Database.Database, id: string): ArticleInfo | null {
  const row = stmt(db, 'SELECT title, url, published FROM articles WHERE id = ?').get(id) as
    { title: string | null; url: string | null; published: string | null } | undefined;
  return row ? { title: row.title, url: row.url, date: row.published } : null;
}

/** A page of article summaries in ingestion order. */
export function listArticles(db: Database.Database, offset: number, limit: number): Page<ArticleSummary> {
  const total = (stmt(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  const rows = stmt(db, `SELECT a.id, a.title, a.published, a.url, a.source, a.ingested_at,
                           (SELECT count(*) FROM event_reports r WHERE r.article_id = a.id) AS events
                         FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?`).all(limit, offset) as Array<{
    id: string; title: string | null; published: string | null; url: string | null; source: string | null;
    ingested_at: string; events: number;
  }>;
  return {
    total, offset, limit,
    items: rows.map((r) => ({
      id: r.id, title: r.title, date: r.published, url: r.url, source: r.source, ingestedAt: r.ingested_at, eventCount: r.events,
    })),
  };
}

/** Every article id in ingestion order. */
export function articleIds(db: Database.Database): string[] {
  return (stmt(db, 'SELECT id FROM articles ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
}

/** The id of an article with this URL or content hash, or null. */
export function findDuplicate(db: Database.Database, url: string | null, hash: string): string | null {
  const row = (url ? stmt(db, 'SELECT id FROM articles WHERE url = ? OR content_hash = ? LIMIT 1').get(url, hash)
    : stmt(db, 'SELECT id FROM articles WHERE content_hash = ? LIMIT 1').get(hash)) as { id: string } | undefined;
  return row?.id ?? null;
}
