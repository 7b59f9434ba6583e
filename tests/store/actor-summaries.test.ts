// The per-actor summaries the store keeps on write (article counts, name forms, roles, state counts):
// after any mix of writes, deletions and re-resolution they equal what the mentions and aliases say.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestArticle, NO_RULES, reresolve } from '../../src/ingest/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { entity, event, fixedExtractor } from '../ingest/support/fake-extract.js';

const opened: Store[] = [];
const open = async () => {
  const s = await openStore(':memory:');
  opened.push(s);
  return s;
};
afterEach(async () => { for (const s of opened.splice(0)) await s.close(); });

type Db = Database.Database;
const dbOf = (s: Store) => (s as unknown as { db: Db }).db;

/** The summaries as kept, and as recomputed from scratch with the queries they replace. */
function summaries(db: Db) {
  const q = (sql: string) => db.prepare(sql).all();
  return {
    kept: {
      articles: q('SELECT actor_id, n FROM actor_articles ORDER BY actor_id'),
      forms: q('SELECT actor_id, form, n FROM actor_forms ORDER BY actor_id, form'),
      roles: q('SELECT actor_id, role, n, last FROM actor_roles ORDER BY actor_id, role'),
      states: q('SELECT actor_id, state, n, first FROM actor_states ORDER BY actor_id, state'),
    },
    fresh: {
      articles: q('SELECT actor_id, count(DISTINCT article_id) AS n FROM mentions GROUP BY actor_id ORDER BY actor_id'),
      forms: q('SELECT actor_id, form, count(*) AS n FROM aliases GROUP BY actor_id, form ORDER BY actor_id, form'),
      roles: q(`SELECT m.actor_id, m.role, count(*) AS n, max(coalesce(a.published, '')) AS last FROM mentions m
                JOIN articles a ON a.id = m.article_id WHERE m.role IS NOT NULL GROUP BY m.actor_id, m.role ORDER BY m.actor_id, m.role`),
      states: q(`SELECT actor_id, state, count(*) AS n, min(rowid) AS first FROM mentions WHERE state IS NOT NULL
                 GROUP BY actor_id, state ORDER BY actor_id, state`),
    },
  };
}

const putin = (extra = {}) => entity('person:vladimir-putin', 'Vladimir Putin', { state: 'RUS', role: 'President', ...extra });
const russia = entity('state:RUS', 'Russia', { state: 'RUS', aliases: ['the Kremlin'] });
const armenia = entity('state:ARM', 'Armenia', { state: 'ARM' });
const pashinyan = (extra = {}) => entity('person:nikol-pashinyan', 'Nikol Pashinyan', { state: 'ARM', role: 'Prime Minister', ...extra });

async function fill(s: Store): Promise<void> {
  const articles: Array<[string, string | undefined, ReturnType<typeof fixedExtractor>]> = [
    ['a1', '2022-01-05', fixedExtractor([putin(), russia, pashinyan()], [event('e1', 'meeting', 'person:vladimir-putin', 'person:nikol-pashinyan')])],
    ['a2', '2022-03-01', fixedExtractor([putin({ role: 'Mr' }), russia, armenia], [event('e1', 'statement', 'state:RUS', 'state:ARM')])],
    ['a3', undefined, fixedExtractor([pashinyan({ state: 'RUS', aliases: ['Pashinyan'] }), armenia])],
    ['a4', '2021-12-31', fixedExtractor([pashinyan({ aliases: ['Pashinyan'] }), putin(), russia])],
    ['a5', '2022-02-02', fixedExtractor([pashinyan({ state: 'RUS', role: 'Mr' }), armenia])],
  ];
  for (const [id, date, extract] of articles) {
    await ingestArticle(s, { id, date, text: `Article ${id} about Putin and Pashinyan.` }, { extract });
  }
}

describe('actor summaries', () => {
  it('match the mentions and aliases after articles are written', async () => {
    const s = await open();
    await fill(s);
    const { kept, fresh } = summaries(dbOf(s));
    expect(kept).toEqual(fresh);
    expect(kept.articles.length).toBeGreaterThan(0);
    expect(kept.roles.length).toBeGreaterThan(2);
  });

  it('match them again after articles are deleted, the latest and the first of a state among them', async () => {
    const s = await open();
    await fill(s);
    await s.deleteArticle('a2');
    await s.deleteArticle('a3');
    const { kept, fresh } = summaries(dbOf(s));
    expect(kept).toEqual(fresh);
    await s.deleteArticle('a1');
    await s.deleteArticle('a4');
    await s.deleteArticle('a5');
    expect(summaries(dbOf(s)).kept).toEqual({ articles: [], forms: [], roles: [], states: [] });
  });

  it('match them after the store is re-resolved under new merge rules', async () => {
    const s = await open();
    await fill(s);
    await reresolve(s, { ...NO_RULES, hash: 'x' });
    const { kept, fresh } = summaries(dbOf(s));
    expect(kept).toEqual(fresh);
  });

  it('are filled from what a store already holds when it is migrated', async () => {
    const s = await open();
    await fill(s);
    const old = new Database(':memory:');
    for (const m of MIGRATIONS.filter((x) => x.version < 3)) old.exec(m.sql);
    old.pragma('user_version = 2');
    const src = dbOf(s);
    for (const table of ['articles', 'actors', 'actor_keys', 'mentions', 'aliases']) {
      const rows = src.prepare(`SELECT rowid AS _r, * FROM ${table}`).all() as Array<Record<string, unknown>>;
      // only the columns the version-2 table has (later migrations add some)
      const had = new Set((old.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
      for (const { _r, ...row } of rows) {
        const cols = Object.keys(row).filter((c) => had.has(c));
        old.prepare(`INSERT INTO ${table} (rowid, ${cols.join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`)
          .run(_r, ...cols.map((c) => row[c]));
      }
    }
    migrate(old);
    expect(summaries(old).kept).toEqual(summaries(src).kept);
    old.close();
  });
});
