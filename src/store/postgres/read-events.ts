// Reads of canonical events from PostgreSQL: clustering candidates by key and one event with every
// report of it, as ../sqlite/read-events.ts reads them.
import type { EventDetail, EventRecord, EventReport } from '../records.js';
import { outlet, toEvent, type EventRow } from '../sqlite/read-events.js';
import { row, rows, type Queryable } from './query.js';

/** Events with resolver key `key`. */
export async function eventsByKeyPg(q: Queryable, key: string): Promise<EventRecord[]> {
  return (await rows<EventRow>(q, 'SELECT * FROM events WHERE key = $1 ORDER BY id', [key])).map(toEvent);
}

/** One event with its reports in ingestion order, or null. */
export async function getEventPg(q: Queryable, id: string): Promise<EventDetail | null> {
  const r = await row<EventRow>(q, 'SELECT * FROM events WHERE id = $1', [id]);
  if (!r) return null;
  const reports = await rows<EventReport>(q, `SELECT r.article_id AS article, a.title, a.url, a.source, a.published, r.sentence,
      r.start, r."end", r.rule, r.trigger, r.confidence, r.date
    FROM event_reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = $1 ORDER BY a.seq, r.ord`, [id]);
  return { ...toEvent(r), reports, reportCount: reports.length, sourceCount: new Set(reports.map(outlet)).size };
}
