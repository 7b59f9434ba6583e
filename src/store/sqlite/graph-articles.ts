// Turns stored articles into the graph builder's input with canonical ids: entities become the
// actors they resolved to, and each canonical event appears once, under its first report's article.
import type Database from 'better-sqlite3';
import type { DiplomaticEvent, Entity, EntityKind, ExtractedArticle } from '../../types/index.js';
import { type ArticleRow, type MentionRow, type ReportRow, toReport } from './rows.js';
import { stmt } from './statements.js';


function entitiesOf(db: Database.Database, articleId: string): Entity[] {
  const rows = stmt(db, `SELECT m.*, a.name AS actor_name, a.kind AS actor_kind, a.state AS actor_state
                         FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.article_id = ? ORDER BY m.rowid`)
    .all(articleId) as Array<MentionRow & { actor_name: string; actor_kind: string; actor_state: string | null }>;
  const byActor = new Map<string, Entity>();
  for (const m of rows) {
    const e = byActor.get(m.actor_id) ?? {
      id: m.actor_id, kind: m.actor_kind as EntityKind, name: m.actor_name, state: m.actor_state ?? m.state,
      role: m.role, aliases: [],
    };
    e.role ??= m.role;
    for (const form of [m.name, ...(JSON.parse(m.aliases) as string[])]) {
      if (form !== e.name && !e.aliases.includes(form)) e.aliases.push(form);
    }
    byActor.set(m.actor_id, e);
  }
  return [...byActor.values()];
}

function eventsOf(db: Database.Database, articleId: string): DiplomaticEvent[] {
  // only reports that are the first report of their event (earliest article, then order in it)
  const rows = stmt(db, `SELECT r.*, e.source AS e_source, e.target AS e_target, e.date AS e_date
                         FROM event_reports r JOIN events e ON e.id = r.event_id JOIN articles a ON a.id = r.article_id
                         WHERE r.article_id = ? AND NOT EXISTS (
                           SELECT 1 FROM event_reports r2 JOIN articles a2 ON a2.id = r2.article_id
                           WHERE r2.event_id = r.event_id AND (a2.seq < a.seq OR (a2.seq = a.seq AND r2.ord < r.ord)))
                         ORDER BY r.ord`).all(articleId) as Array<ReportRow & { e_source: string; e_target: string | null; e_date: string | null }>;
  return rows.map((r) => {
    const { eventId, ...report } = toReport(r);
    return { ...report, id: eventId, source: r.e_source, target: r.e_target, date: r.e_date ?? report.date };
  });
}

/** The graph input for the named articles (all when `ids` is absent), in ingestion order. */
export function graphArticles(db: Database.Database, ids?: readonly string[]): ExtractedArticle[] {
  const rows = ids
    ? ids.map((id) => stmt(db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined).filter((r): r is ArticleRow => !!r)
    : (stmt(db, 'SELECT * FROM articles ORDER BY seq').all() as ArticleRow[]);
  return rows.map((a) => ({
    id: a.id, title: a.title, date: a.published, entities: entitiesOf(db, a.id), events: eventsOf(db, a.id),
  }));
}

