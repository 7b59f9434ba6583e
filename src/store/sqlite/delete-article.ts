// Deletes one article and what only it supported: its reports (events no other article reports)
// and its mentions (actors no other article mentions). Actors it named keep their other evidence.
import type Database from 'better-sqlite3';
import type { DeleteResult } from '../records.js';
import { stmt } from './statements.js';

/** Deletes article `id` and its orphans; null when there is no such article. Run in a transaction. */
export function deleteArticle(db: Database.Database, id: string): DeleteResult | null {
  const actors = (stmt(db, 'SELECT DISTINCT actor_id AS a FROM mentions WHERE article_id = ?').all(id) as { a: string }[]).map((r) => r.a);
  const events = (stmt(db, 'SELECT DISTINCT event_id AS e FROM event_reports WHERE article_id = ?').all(id) as { e: string }[]).map((r) => r.e);
  if (stmt(db, 'DELETE FROM articles WHERE id = ?').run(id).changes === 0) return null;

  let eventsRemoved = 0;
  for (const e of events) {
    if (stmt(db, 'SELECT 1 FROM event_reports WHERE event_id = ? LIMIT 1').get(e)) continue;
    eventsRemoved += stmt(db, 'DELETE FROM events WHERE id = ?').run(e).changes;
  }
  let actorsRemoved = 0;
  for (const a of actors) {
    const rest = stmt(db, `SELECT name FROM mentions WHERE actor_id = ?
                           ORDER BY length(name) DESC, name LIMIT 1`).get(a) as { name: string } | undefined;
    if (rest) {
      // "Nikol Pashinyan" may have come from the deleted article: name the actor from what is left
      stmt(db, `UPDATE actors SET name = @name, state = coalesce((SELECT state FROM actor_states WHERE actor_id = @id
                  ORDER BY n DESC, first LIMIT 1), state) WHERE id = @id`).run({ name: rest.name, id: a });
      continue;
    }
    if (stmt(db, 'SELECT 1 FROM events WHERE source = ? OR target = ? LIMIT 1').get(a, a)) continue;
    stmt(db, 'DELETE FROM aliases WHERE actor_id = ?').run(a);
    actorsRemoved += stmt(db, 'DELETE FROM actors WHERE id = ?').run(a).changes;
  }
  return { id, eventsRemoved, actorsRemoved };
}
