// Writes one article plan: the article, its mentions and name forms, new or updated actors, new
// events and the reports. The caller wraps it in a transaction, so a failure leaves nothing behind.
import type Database from 'better-sqlite3';
import type { ArticlePlan } from '../records.js';
import { stmt } from './statements.js';

/** Inserts everything `plan` carries. Throws on a constraint violation (the transaction rolls back). */
export function writeArticle(db: Database.Database, plan: ArticlePlan): void {
  const a = plan.article;
  stmt(db, `INSERT INTO articles (id, url, title, source, published, text, content_hash, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(a.id, a.url, a.title, a.source, a.date, a.text, a.contentHash, a.ingestedAt);

  for (const actor of plan.actors) {
    stmt(db, `INSERT INTO actors (id, kind, name, state) VALUES (?, ?, ?, ?)
              ON CONFLICT(id) DO UPDATE SET name = excluded.name, state = excluded.state`)
      .run(actor.id, actor.kind, actor.name, actor.state);
    for (const key of actor.keys) stmt(db, 'INSERT OR IGNORE INTO actor_keys (actor_id, key) VALUES (?, ?)').run(actor.id, key);
  }

  for (const e of plan.entities) {
    stmt(db, `INSERT INTO mentions (article_id, entity_id, actor_id, kind, name, state, role, aliases, provenance, via_merge)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(a.id, e.id, e.actorId, e.kind, e.name, e.state, e.role, JSON.stringify(e.aliases),
        e.provenance ? JSON.stringify(e.provenance) : null, e.viaMerge ? 1 : 0);
    for (const form of [e.name, ...e.aliases]) {
      stmt(db, 'INSERT OR IGNORE INTO aliases (actor_id, article_id, form) VALUES (?, ?, ?)').run(e.actorId, a.id, form);
    }
  }

  // an actor's state is what most of its mentions say: one article's slip does not move it
  // (actor_states holds each actor's counts per state, kept by a trigger, so this reads a few rows)
  for (const actor of plan.actors) {
    stmt(db, `UPDATE actors SET state = coalesce((SELECT state FROM actor_states WHERE actor_id = @id
                ORDER BY n DESC, first LIMIT 1), state) WHERE id = @id`).run({ id: actor.id });
  }

  for (const ev of plan.newEvents) {
    stmt(db, `INSERT INTO events (id, key, type, source, target, date, location, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(ev.id, ev.key, ev.type, ev.source, ev.target, ev.date, ev.location, ev.context);
  }

  plan.reports.forEach((r, ord) => {
    stmt(db, `INSERT INTO event_reports (article_id, local_id, ord, event_id, type, source, target, date, location,
                sentence, start, end, confidence, context, rule, trigger, cameo, plover, quad_class, responds_to)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(a.id, r.id, ord, r.eventId, r.type, r.source, r.target, r.date, r.location, r.sentence, r.start, r.end,
        r.confidence, r.context ?? null, r.rule, r.trigger, r.cameo, r.plover, r.quadClass, r.respondsTo ?? null);
  });
}
