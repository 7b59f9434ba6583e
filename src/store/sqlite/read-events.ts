// Reads of canonical events: candidates for clustering (by key) and one event with every report
// of it, with the counts of reports and distinct outlets, for GET /api/events/:id.
import type Database from 'better-sqlite3';
import type { EventContext, EventType } from '../../types/index.js';
import type { EventDetail, EventRecord, EventReport } from '../records.js';
import { stmt } from './statements.js';

/** A row of `events`. */
export interface EventRow {
  id: string; key: string; type: string; source: string; target: string | null;
  date: string | null; location: string | null; context: string | null;
}

/** The event record of a row. */
export const toEvent = (r: EventRow): EventRecord => ({
  id: r.id, key: r.key, type: r.type as EventType, source: r.source, target: r.target,
  date: r.date, location: r.location, context: r.context as EventContext | null,
});

/** Events with resolver key `key`. */
export function eventsByKey(db: Database.Database, key: string): EventRecord[] {
  return (stmt(db, 'SELECT * FROM events WHERE key = ? ORDER BY id').all(key) as EventRow[]).map(toEvent);
}

/** The outlet a report counts for: its source, else its URL host, else the article itself. */
export function outlet(r: { source: string | null; url: string | null; article: string }): string {
  if (r.source) return r.source.trim().toLowerCase();
  try {
    if (r.url) return new URL(r.url).host.replace(/^www\./, '');
  } catch { /* not a URL: fall through */ }
  return `article:${r.article}`;
}

/** One event with its reports in ingestion order, or null. */
export function getEvent(db: Database.Database, id: string): EventDetail | null {
  const row = stmt(db, 'SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  if (!row) return null;
  const reports = stmt(db, `SELECT r.article_id AS article, a.title, a.url, a.source, a.published, r.sentence, r.start, r.end,
                              r.rule, r.trigger, r.confidence, r.date
                            FROM event_reports r JOIN articles a ON a.id = r.article_id
                            WHERE r.event_id = ? ORDER BY a.seq, r.ord`).all(id) as EventReport[];
  return {
    ...toEvent(row), reports, reportCount: reports.length,
    sourceCount: new Set(reports.map(outlet)).size,
  };
}
