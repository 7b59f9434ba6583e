// Deletes one article and what only it supported, as ../sqlite/delete-article.ts does. Run in a transaction.
import type { DeleteResult } from '../records.js';
import { row, rows, run, type Queryable } from './query.js';

/** Deletes article `id` and its orphans; null when there is no such article. */
export async function deleteArticlePg(q: Queryable, id: string): Promise<DeleteResult | null> {
  const actors = (await rows<{ a: string }>(q, 'SELECT DISTINCT actor_id AS a FROM mentions WHERE article_id = $1', [id])).map((r) => r.a);
  const events = (await rows<{ e: string }>(q, 'SELECT DISTINCT event_id AS e FROM event_reports WHERE article_id = $1', [id])).map((r) => r.e);
  if ((await run(q, 'DELETE FROM articles WHERE id = $1', [id])) === 0) return null;
  let eventsRemoved = 0;
  for (const e of events) {
    if (await row(q, 'SELECT 1 FROM event_reports WHERE event_id = $1 LIMIT 1', [e])) continue;
    eventsRemoved += await run(q, 'DELETE FROM events WHERE id = $1', [e]);
  }
  let actorsRemoved = 0;
  for (const a of actors) {
    const rest = await row<{ name: string }>(q, 'SELECT name FROM mentions WHERE actor_id = $1 ORDER BY length(name) DESC, name LIMIT 1', [a]);
    if (rest) {
      await run(q, `UPDATE actors SET name = $1, state = coalesce((SELECT state FROM actor_states WHERE actor_id = $2
                      ORDER BY n DESC, first LIMIT 1), state) WHERE id = $2`, [rest.name, a]);
      continue;
    }
    if (await row(q, 'SELECT 1 FROM events WHERE source = $1 OR target = $1 LIMIT 1', [a])) continue;
    await run(q, 'DELETE FROM aliases WHERE actor_id = $1', [a]);
    actorsRemoved += await run(q, 'DELETE FROM actors WHERE id = $1', [a]);
  }
  return { id, eventsRemoved, actorsRemoved };
}
