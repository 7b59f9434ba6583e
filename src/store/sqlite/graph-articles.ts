// Turns stored articles into the graph builder's input with canonical ids: entities become the
// actors they resolved to, and each canonical event appears once, under its first report's article.
// The whole store is streamed (articles, mentions and reports each read once, in ingestion order,
// and merged), so a rebuild holds one article at a time and issues three queries, not three per article.
import type Database from 'better-sqlite3';
import { strongerFact, type DiplomaticEvent, type Entity, type EntityKind, type ExtractedArticle, type Fact, type Provenance } from '../../types/index.js';
import { type ArticleRow, type MentionRow, type ReportRow, toReport } from './rows.js';
import { stmt } from './statements.js';

/** A mention row joined with its article's seq and its actor (the PostgreSQL store reads the same). */
export type ActorMentionRow = MentionRow & { seq: number; actor_name: string; actor_kind: string; actor_state: string | null };
/** A report row joined with its article's seq and its canonical event. */
export type EventReportRow = ReportRow & { seq: number; e_source: string; e_target: string | null; e_date: string | null };

/** One entity per actor the article names, its name forms gathered from every mention. */
export function entitiesOf(rows: readonly ActorMentionRow[]): Entity[] {
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
    if (m.provenance) addFacts(e, m);
    byActor.set(m.actor_id, e);
  }
  return [...byActor.values()];
}

// The facts a mention gives its actor: those of the actor's own state and role, the strongest
// source winning; a mention that a merges correction joined to the actor gives them as "merge".
function addFacts(e: Entity, m: ActorMentionRow): void {
  const p = JSON.parse(m.provenance!) as Provenance;
  const as = (f: Fact | undefined): Fact | undefined => (f && m.via_merge ? { ...f, source: 'merge' } : f);
  const state = e.state && m.state === e.state ? as(p.state) : undefined;
  const role = e.role && m.role === e.role ? as(p.role) : undefined;
  if (!state && !role) return;
  const q = (e.provenance ??= {});
  if (state) q.state = strongerFact(q.state, state);
  if (role) q.role = strongerFact(q.role, role);
}

/** A report as the canonical event it tells, with the event's own actors and date. */
export function toEvent(r: EventReportRow): DiplomaticEvent {
  const { eventId, ...report } = toReport(r);
  return { ...report, id: eventId, source: r.e_source, target: r.e_target, date: r.e_date ?? report.date };
}

const MENTIONS = `SELECT a.seq, m.*, x.name AS actor_name, x.kind AS actor_kind, x.state AS actor_state
                  FROM articles a JOIN mentions m ON m.article_id = a.id JOIN actors x ON x.id = m.actor_id`;
const REPORTS = `SELECT a.seq, r.*, e.source AS e_source, e.target AS e_target, e.date AS e_date
                 FROM articles a JOIN event_reports r ON r.article_id = a.id JOIN events e ON e.id = r.event_id`;

/** Takes the leading rows of `it` that belong to article `seq` (rows come in seq order). */
function take<T extends { seq: number }>(it: Iterator<T>, head: { row: T | undefined }, seq: number): T[] {
  const out: T[] = [];
  while (head.row && head.row.seq === seq) {
    out.push(head.row);
    const n = it.next();
    head.row = n.done ? undefined : n.value;
  }
  return out;
}

function* streamAll(db: Database.Database): Generator<ExtractedArticle> {
  const mentions = stmt(db, `${MENTIONS} ORDER BY a.seq, m.rowid`).iterate() as IterableIterator<ActorMentionRow>;
  const reports = stmt(db, `${REPORTS} ORDER BY a.seq, r.ord`).iterate() as IterableIterator<EventReportRow>;
  const m = { row: mentions.next().value as ActorMentionRow | undefined };
  const r = { row: reports.next().value as EventReportRow | undefined };
  // reports come in (article, order) order, so an event's first report is the first one met
  const told = new Set<string>();
  try {
    for (const a of stmt(db, 'SELECT seq, id, title, published FROM articles ORDER BY seq').iterate() as IterableIterator<ArticleRow>) {
      const entities = entitiesOf(take(mentions, m, a.seq));
      const events: DiplomaticEvent[] = [];
      for (const row of take(reports, r, a.seq)) {
        if (told.has(row.event_id)) continue;
        told.add(row.event_id);
        events.push(toEvent(row));
      }
      yield { id: a.id, title: a.title, date: a.published, entities, events };
    }
  } finally {
    mentions.return?.();
    reports.return?.();
  }
}

function named(db: Database.Database, ids: readonly string[]): ExtractedArticle[] {
  const out: ExtractedArticle[] = [];
  for (const id of ids) {
    const a = stmt(db, 'SELECT seq, id, title, published FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    if (!a) continue;
    const mentions = stmt(db, `${MENTIONS} WHERE a.id = ? ORDER BY m.rowid`).all(id) as ActorMentionRow[];
    // only reports that are the first report of their event (earliest article, then order in it)
    const reports = stmt(db, `${REPORTS} WHERE a.id = ? AND NOT EXISTS (
                                SELECT 1 FROM event_reports r2 JOIN articles a2 ON a2.id = r2.article_id
                                WHERE r2.event_id = r.event_id AND (a2.seq < a.seq OR (a2.seq = a.seq AND r2.ord < r.ord)))
                              ORDER BY r.ord`).all(id) as EventReportRow[];
    out.push({ id: a.id, title: a.title, date: a.published, entities: entitiesOf(mentions), events: reports.map(toEvent) });
  }
  return out;
}

/**
 * The graph input for the named articles (all when `ids` is absent), in ingestion order (for `ids`,
 * their order). All articles are streamed: iterate once, and write nothing to the store meanwhile.
 */
export function graphArticles(db: Database.Database, ids?: readonly string[]): Iterable<ExtractedArticle> {
  return ids ? named(db, ids) : streamAll(db);
}
