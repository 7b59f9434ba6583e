// Reads of articles from PostgreSQL: one with its extraction output, a page of summaries, ids in
// ingestion order, the duplicate probe. Rows map to records as in SQLite (../sqlite/rows.ts).
import type { ArticleInfo } from '../../types/index.js';
import type { ArticleDetail, ArticleSummary, Page } from '../records.js';
import { type ArticleRow, type MentionRow, type ReportRow, toArticle, toEntity, toReport } from '../sqlite/rows.js';
import { row, rows, type Queryable } from './query.js';

/** One article with its entities and reports, or null. */
export async function getArticlePg(q: Queryable, id: string): Promise<ArticleDetail | null> {
  const a = await row<ArticleRow>(q, 'SELECT * FROM articles WHERE id = $1', [id]);
  if (!a) return null;
  const mentions = await rows<MentionRow>(q, 'SELECT * FROM mentions WHERE article_id = $1 ORDER BY seq', [id]);
  const reports = await rows<ReportRow>(q, 'SELECT * FROM event_reports WHERE article_id = $1 ORDER BY ord', [id]);
  return { ...toArticle(a), entities: mentions.map(toEntity), events: reports.map(toReport) };
}

/** An article's title, URL and publication date, or null. */
export async function articleInfoPg(q: Queryable, id: string): Promise<ArticleInfo | null> {
  const r = await row<{ title: string | null; url: string | null; published: string | null }>(q,
    'SELECT title, url, published FROM articles WHERE id = $1', [id]);
  return r ? { title: r.title, url: r.url, date: r.published } : null;
}

/** A page of article summaries in ingestion order. */
export async function listArticlesPg(q: Queryable, offset: number, limit: number): Promise<Page<ArticleSummary>> {
  const total = (await row<{ n: number }>(q, 'SELECT count(*)::int AS n FROM articles'))!.n;
  const list = await rows<{ id: string; title: string | null; published: string | null; url: string | null; source: string | null;
    ingested_at: string; events: number }>(q, `SELECT a.id, a.title, a.published, a.url, a.source, a.ingested_at,
      (SELECT count(*)::int FROM event_reports r WHERE r.article_id = a.id) AS events
      FROM articles a ORDER BY a.seq LIMIT $1 OFFSET $2`, [limit, offset]);
  return {
    total, offset, limit,
    items: list.map((r) => ({ id: r.id, title: r.title, date: r.published, url: r.url, source: r.source, ingestedAt: r.ingested_at, eventCount: r.events })),
  };
}

/** Every article id in ingestion order. */
export async function articleIdsPg(q: Queryable): Promise<string[]> {
  return (await rows<{ id: string }>(q, 'SELECT id FROM articles ORDER BY seq')).map((r) => r.id);
}

/** The id of an article with this URL or content hash, or null. */
export async function findDuplicatePg(q: Queryable, url: string | null, hash: string): Promise<string | null> {
  const r = url ? await row<{ id: string }>(q, 'SELECT id FROM articles WHERE url = $1 OR content_hash = $2 LIMIT 1', [url, hash])
    : await row<{ id: string }>(q, 'SELECT id FROM articles WHERE content_hash = $1 LIMIT 1', [hash]);
  return r?.id ?? null;
}
