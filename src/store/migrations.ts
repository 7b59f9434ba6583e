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
];
