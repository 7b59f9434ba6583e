// Fills a store with synthetic articles fast enough for 1M events: the rows writeArticle would
// write (articles, actors, keys, mentions, name forms, events, reports), with actors pre-resolved
// by id and each event its own canonical event, inserted in large transactions. The per-article
// ingest path (resolution, clustering, one transaction each) is measured separately: at these sizes
// it would take hours (see the ingest figures). Stores are cached in the temp folder by size and seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dist } from './paths.mjs';
import { syntheticArticles } from './synthetic-articles.mjs';

const VERSION = 2; // bump when the generator or the rows change

/** The number of synthetic articles that carry about `events` events. */
export const articlesFor = (events) => Math.ceil(events / 8);

/** Opens a store holding ~`events` synthetic events; `{ store, file, cached, loadMs }`. */
export async function syntheticStore(events, { cache = true } = {}) {
  const { openStore } = await dist('store/index.js');
  const file = path.join(os.tmpdir(), `diplograph-bench-v${VERSION}-${events}.db`);
  if (cache && fs.existsSync(file) && fs.existsSync(`${file}.ok`)) return { store: await openStore(file), file, cached: true, loadMs: 0 };
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.ok`]) fs.rmSync(f, { force: true });
  const store = await openStore(file);
  const t0 = performance.now();
  bulkLoad(store.db, syntheticArticles(articlesFor(events)));
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  fs.writeFileSync(`${file}.ok`, '');
  return { store, file, cached: false, loadMs: performance.now() - t0 };
}

/** Inserts synthetic articles straight into the SQLite tables, 5000 articles per transaction. */
export function bulkLoad(db, articles) {
  const q = {
    article: db.prepare(`INSERT INTO articles (id, url, title, source, published, text, content_hash, ingested_at) VALUES (?, NULL, ?, 'bench', ?, ?, ?, ?)`),
    actor: db.prepare(`INSERT INTO actors (id, kind, name, state) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`),
    key: db.prepare('INSERT OR IGNORE INTO actor_keys (actor_id, key) VALUES (?, ?)'),
    mention: db.prepare(`INSERT INTO mentions (article_id, entity_id, actor_id, kind, name, state, role, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    alias: db.prepare('INSERT OR IGNORE INTO aliases (actor_id, article_id, form) VALUES (?, ?, ?)'),
    event: db.prepare(`INSERT INTO events (id, key, type, source, target, date, location, context) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)`),
    report: db.prepare(`INSERT INTO event_reports (article_id, local_id, ord, event_id, type, source, target, date, location,
      sentence, start, end, confidence, context, rule, trigger, cameo, plover, quad_class, responds_to)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL)`),
  };
  const now = new Date(0).toISOString();
  const batch = db.transaction((list) => {
    for (const a of list) {
      q.article.run(a.id, a.title, a.date, `synthetic ${a.id}`, a.id, now);
      for (const e of a.entities) {
        q.actor.run(e.id, e.kind, e.name, e.state);
        q.key.run(e.id, e.kind === 'state' ? e.id : `person|${e.aliases[0].toLowerCase()}`);
        q.mention.run(a.id, e.id, e.id, e.kind, e.name, e.state, e.role, JSON.stringify(e.aliases));
        for (const form of [e.name, ...e.aliases]) q.alias.run(e.id, a.id, form);
      }
      a.events.forEach((ev, ord) => {
        const id = `ev-${a.id}-${ev.id}`;
        q.event.run(id, `${ev.type}|${ev.source}|${ev.target ?? '-'}|-`, ev.type, ev.source, ev.target, ev.date);
        q.report.run(a.id, ev.id, ord, id, ev.type, ev.source, ev.target, ev.date, ev.sentence, ev.start, ev.end,
          ev.confidence, ev.rule, ev.trigger, ev.cameo, ev.plover, ev.quadClass);
      });
    }
  });
  let list = [];
  for (const a of articles) {
    list.push(a);
    if (list.length === 5000) { batch(list); list = []; }
  }
  if (list.length) batch(list);
}
