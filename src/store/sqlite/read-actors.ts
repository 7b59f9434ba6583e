// Reads of canonical actors: candidates for the resolver (by key) and one actor with its evidence
// (the name forms each article used, roles with the dates they were seen) for GET /api/actors/:id.
import type Database from 'better-sqlite3';
import type { EntityKind } from '../../types/index.js';
import type { ActorDetail, ActorRecord, NameForm, RoleSeen } from '../records.js';
import { stmt } from './statements.js';

interface ActorRow { id: string; kind: string; name: string; state: string | null }

function record(db: Database.Database, r: ActorRow): ActorRecord {
  const keys = (stmt(db, 'SELECT key FROM actor_keys WHERE actor_id = ?').all(r.id) as { key: string }[]).map((k) => k.key);
  const forms = (stmt(db, 'SELECT DISTINCT form FROM aliases WHERE actor_id = ?').all(r.id) as { form: string }[]).map((f) => f.form);
  const roles = (stmt(db, `SELECT m.role, max(coalesce(a.published, '')) AS last FROM mentions m JOIN articles a ON a.id = m.article_id
                           WHERE m.actor_id = ? AND m.role IS NOT NULL GROUP BY m.role ORDER BY last`).all(r.id) as { role: string }[])
    .map((x) => x.role);
  const articleCount = (stmt(db, 'SELECT count(DISTINCT article_id) AS n FROM mentions WHERE actor_id = ?').get(r.id) as { n: number }).n;
  return { id: r.id, kind: r.kind as EntityKind, name: r.name, state: r.state, keys, forms, roles, articleCount };
}

/** Actors that have any of `keys`, each once. */
export function actorsByKeys(db: Database.Database, keys: readonly string[]): ActorRecord[] {
  const seen = new Map<string, ActorRecord>();
  for (const key of keys) {
    const rows = stmt(db, `SELECT a.* FROM actor_keys k JOIN actors a ON a.id = k.actor_id WHERE k.key = ? ORDER BY a.id`).all(key) as ActorRow[];
    for (const r of rows) if (!seen.has(r.id)) seen.set(r.id, record(db, r));
  }
  return [...seen.values()];
}

/** One actor with its name forms (and the articles that used each), roles with dates, and articles. */
export function getActor(db: Database.Database, id: string): ActorDetail | null {
  const row = stmt(db, 'SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  if (!row) return null;
  const formRows = stmt(db, `SELECT l.form, l.article_id FROM aliases l JOIN articles a ON a.id = l.article_id
                             WHERE l.actor_id = ? ORDER BY l.form, a.seq`).all(id) as { form: string; article_id: string }[];
  const names = new Map<string, NameForm>();
  for (const f of formRows) {
    const n = names.get(f.form) ?? { form: f.form, articles: [] };
    n.articles.push(f.article_id);
    names.set(f.form, n);
  }
  const roleRows = stmt(db, `SELECT m.role, a.published, a.id FROM mentions m JOIN articles a ON a.id = m.article_id
                             WHERE m.actor_id = ? AND m.role IS NOT NULL ORDER BY a.published, a.seq`).all(id) as
    { role: string; published: string | null; id: string }[];
  const roles = new Map<string, RoleSeen>();
  for (const r of roleRows) {
    const seen = roles.get(r.role) ?? { role: r.role, firstSeen: null, lastSeen: null, articles: [] };
    if (r.published && (!seen.firstSeen || r.published < seen.firstSeen)) seen.firstSeen = r.published;
    if (r.published && (!seen.lastSeen || r.published > seen.lastSeen)) seen.lastSeen = r.published;
    if (!seen.articles.includes(r.id)) seen.articles.push(r.id);
    roles.set(r.role, seen);
  }
  const articles = (stmt(db, `SELECT DISTINCT a.id FROM mentions m JOIN articles a ON a.id = m.article_id
                              WHERE m.actor_id = ? ORDER BY a.seq`).all(id) as { id: string }[]).map((r) => r.id);
  return {
    id: row.id, kind: row.kind as EntityKind, name: row.name, state: row.state,
    names: [...names.values()], roles: [...roles.values()], articles,
  };
}
