// Reads of canonical actors from PostgreSQL: resolver candidates by key (from the summaries the
// triggers keep) and one actor with its evidence, as ../sqlite/read-actors.ts reads them.
import type { EntityKind } from '../../types/index.js';
import type { ActorDetail, ActorRecord, NameForm, RoleSeen } from '../records.js';
import { row, rows, type Queryable } from './query.js';

interface ActorRow { id: string; kind: string; name: string; state: string | null }

async function record(q: Queryable, r: ActorRow): Promise<ActorRecord> {
  const keys = (await rows<{ key: string }>(q, 'SELECT key FROM actor_keys WHERE actor_id = $1', [r.id])).map((k) => k.key);
  const forms = await actorFormsPg(q, r.id);
  const roles = (await rows<{ role: string }>(q, 'SELECT role FROM actor_roles WHERE actor_id = $1 ORDER BY last, role', [r.id])).map((x) => x.role);
  const articleCount = (await row<{ n: number }>(q, 'SELECT n FROM actor_articles WHERE actor_id = $1', [r.id]))?.n ?? 0;
  return { id: r.id, kind: r.kind as EntityKind, name: r.name, state: r.state, keys, forms, roles, articleCount };
}

/** The name forms articles used for actor `id`, sorted. */
export async function actorFormsPg(q: Queryable, id: string): Promise<string[]> {
  return (await rows<{ form: string }>(q, 'SELECT form FROM actor_forms WHERE actor_id = $1 ORDER BY form', [id])).map((f) => f.form);
}

/** The name forms of each of `ids`, sorted, in one read. */
export async function actorFormsOfPg(q: Queryable, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const list = await rows<{ actor_id: string; form: string }>(q,
    'SELECT actor_id, form FROM actor_forms WHERE actor_id = ANY($1) ORDER BY actor_id, form', [ids]);
  for (const r of list) {
    const f = out.get(r.actor_id);
    if (f) f.push(r.form);
    else out.set(r.actor_id, [r.form]);
  }
  return out;
}

/** Actors that have any of `keys`, each once. */
export async function actorsByKeysPg(q: Queryable, keys: readonly string[]): Promise<ActorRecord[]> {
  const seen = new Map<string, ActorRecord>();
  for (const key of keys) {
    const list = await rows<ActorRow>(q, 'SELECT a.* FROM actor_keys k JOIN actors a ON a.id = k.actor_id WHERE k.key = $1 ORDER BY a.id', [key]);
    for (const r of list) if (!seen.has(r.id)) seen.set(r.id, await record(q, r));
  }
  return [...seen.values()];
}

/** One actor with its name forms (and the articles that used each), roles with dates, and articles. */
export async function getActorPg(q: Queryable, id: string): Promise<ActorDetail | null> {
  const a = await row<ActorRow>(q, 'SELECT * FROM actors WHERE id = $1', [id]);
  if (!a) return null;
  const formRows = await rows<{ form: string; article_id: string }>(q, `SELECT l.form, l.article_id FROM aliases l
    JOIN articles a ON a.id = l.article_id WHERE l.actor_id = $1 ORDER BY l.form, a.seq`, [id]);
  const names = new Map<string, NameForm>();
  for (const f of formRows) {
    const n = names.get(f.form) ?? { form: f.form, articles: [] };
    n.articles.push(f.article_id);
    names.set(f.form, n);
  }
  // SQLite sorts NULL dates first: so does NULLS FIRST
  const roleRows = await rows<{ role: string; published: string | null; id: string }>(q, `SELECT m.role, a.published, a.id
    FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_id = $1 AND m.role IS NOT NULL
    ORDER BY a.published NULLS FIRST, a.seq, m.seq`, [id]);
  const roles = new Map<string, RoleSeen>();
  for (const r of roleRows) {
    const seen = roles.get(r.role) ?? { role: r.role, firstSeen: null, lastSeen: null, articles: [] };
    if (r.published && (!seen.firstSeen || r.published < seen.firstSeen)) seen.firstSeen = r.published;
    if (r.published && (!seen.lastSeen || r.published > seen.lastSeen)) seen.lastSeen = r.published;
    if (!seen.articles.includes(r.id)) seen.articles.push(r.id);
    roles.set(r.role, seen);
  }
  const articles = (await rows<{ id: string }>(q, `SELECT a.id FROM articles a WHERE a.id IN (
    SELECT article_id FROM mentions WHERE actor_id = $1) ORDER BY a.seq`, [id])).map((r) => r.id);
  return { id: a.id, kind: a.kind as EntityKind, name: a.name, state: a.state, names: [...names.values()], roles: [...roles.values()], articles };
}
