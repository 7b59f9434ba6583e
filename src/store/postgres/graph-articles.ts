// The graph builder's input read from PostgreSQL, as ../sqlite/graph-articles.ts reads it from SQLite:
// canonical ids, each event once under its first report's article. The whole store is read in batches
// of articles by ingestion order (three queries a batch), so a rebuild never holds the whole store.
import type { DiplomaticEvent, ExtractedArticle } from '../../types/index.js';
import { entitiesOf, toEvent, type ActorMentionRow, type EventReportRow } from '../sqlite/graph-articles.js';
import { rows, type Queryable } from './query.js';

const BATCH = 500;
const MENTIONS = `SELECT a.seq, m.*, x.name AS actor_name, x.kind AS actor_kind, x.state AS actor_state
                  FROM articles a JOIN mentions m ON m.article_id = a.id JOIN actors x ON x.id = m.actor_id`;
const REPORTS = `SELECT a.seq, r.*, e.source AS e_source, e.target AS e_target, e.date AS e_date
                 FROM articles a JOIN event_reports r ON r.article_id = a.id JOIN events e ON e.id = r.event_id`;

interface ArticleHead { seq: string; id: string; title: string | null; published: string | null }

function group<T extends { article_id: string }>(list: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list) {
    const g = out.get(r.article_id);
    if (g) g.push(r);
    else out.set(r.article_id, [r]);
  }
  return out;
}

async function* streamAll(q: Queryable): AsyncGenerator<ExtractedArticle> {
  const told = new Set<string>();
  for (let after = '0'; ;) {
    const heads = await rows<ArticleHead>(q, 'SELECT seq, id, title, published FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2', [after, BATCH]);
    if (!heads.length) return;
    const last = heads.at(-1)!.seq;
    const span = [after, last];
    const mentions = group(await rows<ActorMentionRow>(q, `${MENTIONS} WHERE a.seq > $1 AND a.seq <= $2 ORDER BY a.seq, m.seq`, span));
    const reports = group(await rows<EventReportRow>(q, `${REPORTS} WHERE a.seq > $1 AND a.seq <= $2 ORDER BY a.seq, r.ord`, span));
    for (const a of heads) {
      const events: DiplomaticEvent[] = [];
      for (const r of reports.get(a.id) ?? []) {
        if (told.has(r.event_id)) continue;
        told.add(r.event_id);
        events.push(toEvent(r));
      }
      yield { id: a.id, title: a.title, date: a.published, entities: entitiesOf(mentions.get(a.id) ?? []), events };
    }
    after = last;
  }
}

async function* named(q: Queryable, ids: readonly string[]): AsyncGenerator<ExtractedArticle> {
  for (const id of ids) {
    const [a] = await rows<ArticleHead>(q, 'SELECT seq, id, title, published FROM articles WHERE id = $1', [id]);
    if (!a) continue;
    const mentions = await rows<ActorMentionRow>(q, `${MENTIONS} WHERE a.id = $1 ORDER BY m.seq`, [id]);
    const reports = await rows<EventReportRow>(q, `${REPORTS} WHERE a.id = $1 AND NOT EXISTS (
                                SELECT 1 FROM event_reports r2 JOIN articles a2 ON a2.id = r2.article_id
                                WHERE r2.event_id = r.event_id AND (a2.seq < a.seq OR (a2.seq = a.seq AND r2.ord < r.ord)))
                              ORDER BY r.ord`, [id]);
    yield { id: a.id, title: a.title, date: a.published, entities: entitiesOf(mentions), events: reports.map(toEvent) };
  }
}

/** The graph input for the named articles (all when `ids` is absent), in ingestion order (for `ids`, their order). */
export function graphArticlesPg(q: Queryable, ids?: readonly string[]): AsyncIterable<ExtractedArticle> {
  return ids ? named(q, ids) : streamAll(q);
}
