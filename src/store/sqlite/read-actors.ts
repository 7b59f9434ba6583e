// Reads of canonical actors: candidates for the resolver (by key) and one actor with its evidence
// (the name forms each article used, roles with the dates they were seen) for GET /api/actors/:id.
import type Database from 'better-sqlite3';
import type { EntityKind } from '../../types/index.js';
import type { ActorDetail, ActorRecord, NameForm, RoleSeen } from '../records.js';
import { stmt } from './statements.js';

interface ActorRow { id: string; kind: string; name: string; state: string | null }

// Every read here is an indexed look-up in the summaries migration 3 keeps on write, so resolving
// against "Russia" costs the same after ten articles as after a million.
function record(db: Database.Database, r: ActorRow): ActorRecord {
  const keys = (stmt(db, 'SELECT key FROM actor_keys WHERE actor_id = ?').all(r.id) as { key: string }[]).map((k) => k.key);
  const forms = actorForms(db, r.id);
  const roles = (stmt(db, 'SELECT role FROM actor_roles WHERE actor_id = ? ORDER BY last, role').all(r.id) as { role: string }[])
    .map((x) => x.role);
  const articleCount = (stmt(db, 'SELECT n FROM actor_articles WHERE actor_id = ?').get(r.id) as { n: number } | undefined)?.n ?? 0;
  return { id: r.id, kind: r.kind as EntityKind, name: r.name, state: r.state, keys, forms, roles, articleCount };
}

/** The name forms articles used for actor `id`, sorted. */
export function actorForms(db: Database.Database, id: string): string[] {
  return (stmt(db, 'SELECT form FROM actor_forms WHERE actor_id = ? ORDER BY form').all(id) as { form: string }[]).map((f) => f.form);
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
                             WHERE m.actor_id = ? AND m.role IS NOT NULL ORDER BY a.published, a.seq, m.rowid`).all(id) as
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
