// Writes one article plan to PostgreSQL: the same rows, in the same order, as the SQLite writer
// (../sqlite/write-article.ts). The caller runs it inside a transaction.
import type { ArticlePlan } from '../records.js';
import { run, type Queryable } from './query.js';

/** Inserts everything `plan` carries. Throws on a constraint violation (the transaction rolls back). */
export async function writeArticlePg(q: Queryable, plan: ArticlePlan): Promise<void> {
  const a = plan.article;
  await run(q, `INSERT INTO articles (id, url, title, source, published, text, content_hash, ingested_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [a.id, a.url, a.title, a.source, a.date, a.text, a.contentHash, a.ingestedAt]);
  for (const actor of plan.actors) {
    await run(q, `INSERT INTO actors (id, kind, name, state) VALUES ($1, $2, $3, $4)
                  ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, state = EXCLUDED.state`, [actor.id, actor.kind, actor.name, actor.state]);
    for (const key of actor.keys) await run(q, 'INSERT INTO actor_keys (actor_id, key) VALUES ($1, $2) ON CONFLICT DO NOTHING', [actor.id, key]);
  }
  for (const e of plan.entities) {
    await run(q, `INSERT INTO mentions (article_id, entity_id, actor_id, kind, name, state, role, aliases, provenance, via_merge)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [a.id, e.id, e.actorId, e.kind, e.name, e.state, e.role, JSON.stringify(e.aliases), e.provenance ? JSON.stringify(e.provenance) : null, e.viaMerge ? 1 : 0]);
    for (const form of [e.name, ...e.aliases]) {
      await run(q, 'INSERT INTO aliases (actor_id, article_id, form) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [e.actorId, a.id, form]);
    }
  }
  // an actor's state is what most of its mentions say (actor_states, kept by a trigger)
  for (const actor of plan.actors) {
    await run(q, `UPDATE actors SET state = coalesce((SELECT state FROM actor_states WHERE actor_id = $1
                    ORDER BY n DESC, first LIMIT 1), state) WHERE id = $1`, [actor.id]);
  }
  for (const ev of plan.newEvents) {
    await run(q, 'INSERT INTO events (id, key, type, source, target, date, location, context) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [ev.id, ev.key, ev.type, ev.source, ev.target, ev.date, ev.location, ev.context]);
  }
  for (const [ord, r] of plan.reports.entries()) {
    await run(q, `INSERT INTO event_reports (article_id, local_id, ord, event_id, type, source, target, date, location,
                    sentence, start, "end", confidence, context, rule, trigger, cameo, plover, quad_class, responds_to)
                  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
    [a.id, r.id, ord, r.eventId, r.type, r.source, r.target, r.date, r.location, r.sentence, r.start, r.end,
      r.confidence, r.context ?? null, r.rule, r.trigger, r.cameo, r.plover, r.quadClass, r.respondsTo ?? null]);
  }
}
