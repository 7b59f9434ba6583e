// The schema as an ordered list of migrations; the database's user_version says how many ran.
// Append a migration to change the schema; never edit one that has shipped.

/** One schema step. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, actors, mentions, events',
    sql: `
      CREATE TABLE articles (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT, -- ingestion order, for replay
        id           TEXT NOT NULL UNIQUE,
        url          TEXT UNIQUE,
        title        TEXT,
        source       TEXT,
        published    TEXT,
        text         TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        ingested_at  TEXT NOT NULL
      );
      -- canonical actors: one per real person, state, organization or group across articles
      CREATE TABLE actors (
        id    TEXT PRIMARY KEY,
        kind  TEXT NOT NULL,
        name  TEXT NOT NULL,
        state TEXT
      );
      CREATE TABLE actor_keys (
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        key      TEXT NOT NULL,
        PRIMARY KEY (key, actor_id)
      );
      -- one article's entity (extraction output, with the article's own id) and its actor
      CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id  TEXT NOT NULL,
        actor_id   TEXT NOT NULL REFERENCES actors(id),
        kind       TEXT NOT NULL,
        name       TEXT NOT NULL,
        state      TEXT,
        role       TEXT,
        aliases    TEXT NOT NULL, -- JSON array
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX mentions_actor ON mentions(actor_id);
      -- every name form an article used for an actor
      CREATE TABLE aliases (
        actor_id   TEXT NOT NULL REFERENCES actors(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        form       TEXT NOT NULL,
        PRIMARY KEY (actor_id, article_id, form)
      );
      -- canonical events: one happening across articles
      CREATE TABLE events (
        id       TEXT PRIMARY KEY,
        key      TEXT NOT NULL,
        type     TEXT NOT NULL,
        source   TEXT NOT NULL REFERENCES actors(id),
        target   TEXT REFERENCES actors(id),
        date     TEXT,
        location TEXT,
        context  TEXT
      );
      CREATE INDEX events_key ON events(key);
      -- one article's report of an event (extraction output, kept whole so nothing is re-extracted)
      CREATE TABLE event_reports (
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id    TEXT NOT NULL,
        ord         INTEGER NOT NULL,
        event_id    TEXT NOT NULL REFERENCES events(id),
        type        TEXT NOT NULL,
        source      TEXT NOT NULL,
        target      TEXT,
        date        TEXT,
        location    TEXT,
        sentence    TEXT NOT NULL,
        start       INTEGER NOT NULL,
        end         INTEGER NOT NULL,
        confidence  REAL NOT NULL,
        context     TEXT,
        rule        TEXT NOT NULL,
        trigger     TEXT NOT NULL,
        cameo       TEXT NOT NULL,
        plover      TEXT NOT NULL,
        quad_class  TEXT NOT NULL,
        responds_to TEXT,
        PRIMARY KEY (article_id, local_id)
      );
      CREATE INDEX event_reports_event ON event_reports(event_id);
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'deletion log',
    sql: `
      -- articles deleted, so syncing clients can drop them (GET /api/deleted)
      CREATE TABLE deleted_articles (
        id         TEXT NOT NULL,
        deleted_at TEXT NOT NULL
      );
      CREATE INDEX deleted_articles_at ON deleted_articles(deleted_at);
    `,
  },
  {
    version: 3,
    name: 'actor summaries kept on write',
    // The resolver reads each candidate actor's article count, distinct name forms and roles, and every
    // write re-elects an actor's state from its mentions. Read from mentions and aliases those cost as
    // much as the actor's history ("Russia" in every article made ingest quadratic), so triggers keep
    // small per-actor summaries current on every insert and delete, whoever writes (cascades included).
    sql: `
      CREATE INDEX actor_keys_actor ON actor_keys(actor_id);
      CREATE INDEX mentions_actor_role ON mentions(actor_id, role);
      CREATE TABLE actor_articles (
        actor_id TEXT PRIMARY KEY,
        n        INTEGER NOT NULL -- distinct articles that mention the actor
      );
      CREATE TABLE actor_forms (
        actor_id TEXT NOT NULL,
        form     TEXT NOT NULL,
        n        INTEGER NOT NULL, -- aliases rows (articles) behind this form
        PRIMARY KEY (actor_id, form)
      );
      CREATE TABLE actor_roles (
        actor_id TEXT NOT NULL,
        role     TEXT NOT NULL,
        n        INTEGER NOT NULL, -- mentions with this role
        last     TEXT NOT NULL,    -- latest publication date among them ('' when undated)
        PRIMARY KEY (actor_id, role)
      );
      CREATE TABLE actor_states (
        actor_id TEXT NOT NULL,
        state    TEXT NOT NULL,
        n        INTEGER NOT NULL, -- mentions that say this state
        first    INTEGER NOT NULL, -- rowid of the first such mention, the tie-break
        PRIMARY KEY (actor_id, state)
      );

      INSERT INTO actor_articles SELECT actor_id, count(DISTINCT article_id) FROM mentions GROUP BY actor_id;
      INSERT INTO actor_forms SELECT actor_id, form, count(*) FROM aliases GROUP BY actor_id, form;
      INSERT INTO actor_roles SELECT m.actor_id, m.role, count(*), max(coalesce(a.published, ''))
        FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.role IS NOT NULL GROUP BY m.actor_id, m.role;
      INSERT INTO actor_states SELECT actor_id, state, count(*), min(rowid) FROM mentions WHERE state IS NOT NULL GROUP BY actor_id, state;

      CREATE TRIGGER mentions_summaries_insert AFTER INSERT ON mentions BEGIN
        INSERT INTO actor_articles (actor_id, n)
          SELECT new.actor_id, 1 WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE article_id = new.article_id
                                                   AND actor_id = new.actor_id AND rowid <> new.rowid)
          ON CONFLICT(actor_id) DO UPDATE SET n = n + 1;
        INSERT INTO actor_roles (actor_id, role, n, last)
          SELECT new.actor_id, new.role, 1, coalesce((SELECT published FROM articles WHERE id = new.article_id), '')
          WHERE new.role IS NOT NULL
          ON CONFLICT(actor_id, role) DO UPDATE SET n = n + 1, last = max(last, excluded.last);
        INSERT INTO actor_states (actor_id, state, n, first) SELECT new.actor_id, new.state, 1, new.rowid WHERE new.state IS NOT NULL
          ON CONFLICT(actor_id, state) DO UPDATE SET n = n + 1, first = min(first, excluded.first);
      END;

      CREATE TRIGGER mentions_summaries_delete AFTER DELETE ON mentions BEGIN
        UPDATE actor_articles SET n = n - 1 WHERE actor_id = old.actor_id AND NOT EXISTS (
          SELECT 1 FROM mentions WHERE article_id = old.article_id AND actor_id = old.actor_id);
        DELETE FROM actor_articles WHERE actor_id = old.actor_id AND n <= 0;
        -- the deleted article's row is gone by now, so the join sees only what remains
        UPDATE actor_roles SET n = n - 1,
            last = coalesce((SELECT max(coalesce(a.published, '')) FROM mentions m JOIN articles a ON a.id = m.article_id
                             WHERE m.actor_id = old.actor_id AND m.role = old.role), '')
          WHERE actor_id = old.actor_id AND role = old.role;
        DELETE FROM actor_roles WHERE actor_id = old.actor_id AND role = old.role AND n <= 0;
        UPDATE actor_states SET n = n - 1, first = CASE WHEN first <> old.rowid THEN first
            ELSE coalesce((SELECT min(rowid) FROM mentions WHERE actor_id = old.actor_id AND state = old.state), first) END
          WHERE actor_id = old.actor_id AND state = old.state;
        DELETE FROM actor_states WHERE actor_id = old.actor_id AND state = old.state AND n <= 0;
      END;

      CREATE TRIGGER aliases_forms_insert AFTER INSERT ON aliases BEGIN
        INSERT INTO actor_forms (actor_id, form, n) VALUES (new.actor_id, new.form, 1)
          ON CONFLICT(actor_id, form) DO UPDATE SET n = n + 1;
      END;

      CREATE TRIGGER aliases_forms_delete AFTER DELETE ON aliases BEGIN
        UPDATE actor_forms SET n = n - 1 WHERE actor_id = old.actor_id AND form = old.form;
        DELETE FROM actor_forms WHERE actor_id = old.actor_id AND form = old.form AND n <= 0;
      END;
    `,
  },
  {
    version: 4,
    name: 'provenance of mentions',
    // Where each mention's state and role came from (extraction's `provenance`, JSON; NULL in
    // articles stored before it), and whether a correction in data/lexicon/merges joined the mention
    // to its actor (then the actor's facts it carries were set by that correction).
    sql: `
      ALTER TABLE mentions ADD COLUMN provenance TEXT;
      ALTER TABLE mentions ADD COLUMN via_merge INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 5,
    name: 'watched sources',
    // Feeds and sitemaps that `diplograph watch` polls (issue 15): the schedule, the validators of the
    // last answer (ETag, Last-Modified) for conditional GETs, the back-off state and the counts shown by
    // `sources list`. Each link a source listed is remembered once with what became of it, so a poll
    // fetches only new links and a link is never ingested twice.
    sql: `
      CREATE TABLE sources (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        url            TEXT NOT NULL UNIQUE,
        name           TEXT,
        every_ms       INTEGER NOT NULL,
        added_at       TEXT NOT NULL,
        etag           TEXT,
        last_modified  TEXT,
        next_poll_at   TEXT NOT NULL,   -- ISO time the source is due again
        last_poll_at   TEXT,
        last_ok_at     TEXT,
        last_error_at  TEXT,
        last_error     TEXT,            -- the reason of the last failed poll, cleared by a good one
        failures       INTEGER NOT NULL DEFAULT 0, -- failed polls in a row, for the back-off
        kind           TEXT             -- rss, atom, json or sitemap, as last read
      );
      CREATE TABLE source_items (
        source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        link       TEXT NOT NULL,
        seen_at    TEXT NOT NULL,
        outcome    TEXT NOT NULL,       -- ingested, duplicate, failed, or retry (a passing fault: tried again)
        detail     TEXT,                -- the article id, or the reason it failed
        attempts   INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (source_id, link)
      );
      CREATE INDEX source_items_seen ON source_items(source_id, seen_at);
    `,
  },
];
