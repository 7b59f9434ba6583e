// The PostgreSQL schema as an ordered list of migrations, step for step the SQLite one (../migrations.ts):
// same tables, columns and summaries, same version numbers. Text is compared byte-wise (COLLATE "C") as
// SQLite does, so both backends sort alike; `seq` columns stand in for SQLite's rowid.
import type { Migration } from '../migrations.js';

const T = 'TEXT COLLATE "C"';

/** Every PostgreSQL migration, in order; a new SQLite migration gets its twin here. */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, actors, mentions, events',
    sql: `
      CREATE TABLE articles (
        seq BIGSERIAL PRIMARY KEY, id ${T} NOT NULL UNIQUE, url ${T} UNIQUE, title ${T}, source ${T}, published ${T},
        text ${T} NOT NULL, content_hash ${T} NOT NULL UNIQUE, ingested_at ${T} NOT NULL
      );
      CREATE TABLE actors (id ${T} PRIMARY KEY, kind ${T} NOT NULL, name ${T} NOT NULL, state ${T});
      CREATE TABLE actor_keys (
        actor_id ${T} NOT NULL REFERENCES actors(id) ON DELETE CASCADE, key ${T} NOT NULL, PRIMARY KEY (key, actor_id)
      );
      CREATE TABLE mentions (
        seq BIGSERIAL UNIQUE,
        article_id ${T} NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity_id ${T} NOT NULL,
        actor_id ${T} NOT NULL REFERENCES actors(id), kind ${T} NOT NULL, name ${T} NOT NULL, state ${T}, role ${T},
        aliases ${T} NOT NULL, PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX mentions_actor ON mentions(actor_id);
      CREATE TABLE aliases (
        actor_id ${T} NOT NULL REFERENCES actors(id), article_id ${T} NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        form ${T} NOT NULL, PRIMARY KEY (actor_id, article_id, form)
      );
      CREATE INDEX aliases_article ON aliases(article_id);
      CREATE TABLE events (
        id ${T} PRIMARY KEY, key ${T} NOT NULL, type ${T} NOT NULL, source ${T} NOT NULL REFERENCES actors(id),
        target ${T} REFERENCES actors(id), date ${T}, location ${T}, context ${T}
      );
      CREATE INDEX events_key ON events(key);
      CREATE INDEX events_source ON events(source);
      CREATE INDEX events_target ON events(target);
      CREATE TABLE event_reports (
        article_id ${T} NOT NULL REFERENCES articles(id) ON DELETE CASCADE, local_id ${T} NOT NULL, ord INTEGER NOT NULL,
        event_id ${T} NOT NULL REFERENCES events(id), type ${T} NOT NULL, source ${T} NOT NULL, target ${T}, date ${T},
        location ${T}, sentence ${T} NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, confidence DOUBLE PRECISION NOT NULL,
        context ${T}, rule ${T} NOT NULL, trigger ${T} NOT NULL, cameo ${T} NOT NULL, plover ${T} NOT NULL,
        quad_class ${T} NOT NULL, responds_to ${T}, PRIMARY KEY (article_id, local_id)
      );
      CREATE INDEX event_reports_event ON event_reports(event_id);
      CREATE TABLE meta (key ${T} PRIMARY KEY, value ${T} NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'deletion log',
    sql: `
      CREATE TABLE deleted_articles (seq BIGSERIAL PRIMARY KEY, id ${T} NOT NULL, deleted_at ${T} NOT NULL);
      CREATE INDEX deleted_articles_at ON deleted_articles(deleted_at);
    `,
  },
  {
    version: 3,
    name: 'actor summaries kept on write',
    // As in SQLite, triggers keep per-actor summaries current. One difference: a cascaded delete removes
    // all of an article's mentions in one statement before row triggers run, so the article count is
    // kept by a statement trigger over the deleted rows (each article counted once per actor).
    sql: `
      CREATE INDEX actor_keys_actor ON actor_keys(actor_id);
      CREATE INDEX mentions_actor_role ON mentions(actor_id, role);
      CREATE TABLE actor_articles (actor_id ${T} PRIMARY KEY, n INTEGER NOT NULL);
      CREATE TABLE actor_forms (actor_id ${T} NOT NULL, form ${T} NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (actor_id, form));
      CREATE TABLE actor_roles (actor_id ${T} NOT NULL, role ${T} NOT NULL, n INTEGER NOT NULL, last ${T} NOT NULL, PRIMARY KEY (actor_id, role));
      CREATE TABLE actor_states (actor_id ${T} NOT NULL, state ${T} NOT NULL, n INTEGER NOT NULL, first BIGINT NOT NULL, PRIMARY KEY (actor_id, state));

      CREATE FUNCTION mentions_summaries_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM mentions WHERE article_id = NEW.article_id AND actor_id = NEW.actor_id AND seq <> NEW.seq) THEN
          INSERT INTO actor_articles (actor_id, n) VALUES (NEW.actor_id, 1)
            ON CONFLICT (actor_id) DO UPDATE SET n = actor_articles.n + 1;
        END IF;
        IF NEW.role IS NOT NULL THEN
          INSERT INTO actor_roles (actor_id, role, n, last)
            VALUES (NEW.actor_id, NEW.role, 1, coalesce((SELECT published FROM articles WHERE id = NEW.article_id), ''))
            ON CONFLICT (actor_id, role) DO UPDATE SET n = actor_roles.n + 1, last = GREATEST(actor_roles.last, EXCLUDED.last);
        END IF;
        IF NEW.state IS NOT NULL THEN
          INSERT INTO actor_states (actor_id, state, n, first) VALUES (NEW.actor_id, NEW.state, 1, NEW.seq)
            ON CONFLICT (actor_id, state) DO UPDATE SET n = actor_states.n + 1, first = LEAST(actor_states.first, EXCLUDED.first);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER mentions_summaries_insert AFTER INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION mentions_summaries_insert();

      CREATE FUNCTION mentions_summaries_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.role IS NOT NULL THEN
          UPDATE actor_roles SET n = n - 1,
              last = coalesce((SELECT max(coalesce(a.published, '')) FROM mentions m JOIN articles a ON a.id = m.article_id
                               WHERE m.actor_id = OLD.actor_id AND m.role = OLD.role), '')
            WHERE actor_id = OLD.actor_id AND role = OLD.role;
          DELETE FROM actor_roles WHERE actor_id = OLD.actor_id AND role = OLD.role AND n <= 0;
        END IF;
        IF OLD.state IS NOT NULL THEN
          UPDATE actor_states SET n = n - 1, first = CASE WHEN first <> OLD.seq THEN first
              ELSE coalesce((SELECT min(seq) FROM mentions WHERE actor_id = OLD.actor_id AND state = OLD.state), first) END
            WHERE actor_id = OLD.actor_id AND state = OLD.state;
          DELETE FROM actor_states WHERE actor_id = OLD.actor_id AND state = OLD.state AND n <= 0;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER mentions_summaries_delete AFTER DELETE ON mentions FOR EACH ROW EXECUTE FUNCTION mentions_summaries_delete();

      CREATE FUNCTION mentions_articles_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE actor_articles x SET n = x.n - g.k
          FROM (SELECT actor_id, count(DISTINCT article_id) AS k FROM gone g WHERE NOT EXISTS (
                  SELECT 1 FROM mentions m WHERE m.article_id = g.article_id AND m.actor_id = g.actor_id) GROUP BY actor_id) g
          WHERE x.actor_id = g.actor_id;
        DELETE FROM actor_articles WHERE n <= 0 AND actor_id IN (SELECT actor_id FROM gone);
        RETURN NULL;
      END $$;
      CREATE TRIGGER mentions_articles_delete AFTER DELETE ON mentions REFERENCING OLD TABLE AS gone
        FOR EACH STATEMENT EXECUTE FUNCTION mentions_articles_delete();

      CREATE FUNCTION aliases_forms_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO actor_forms (actor_id, form, n) VALUES (NEW.actor_id, NEW.form, 1)
          ON CONFLICT (actor_id, form) DO UPDATE SET n = actor_forms.n + 1;
        RETURN NULL;
      END $$;
      CREATE TRIGGER aliases_forms_insert AFTER INSERT ON aliases FOR EACH ROW EXECUTE FUNCTION aliases_forms_insert();

      CREATE FUNCTION aliases_forms_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE actor_forms SET n = n - 1 WHERE actor_id = OLD.actor_id AND form = OLD.form;
        DELETE FROM actor_forms WHERE actor_id = OLD.actor_id AND form = OLD.form AND n <= 0;
        RETURN NULL;
      END $$;
      CREATE TRIGGER aliases_forms_delete AFTER DELETE ON aliases FOR EACH ROW EXECUTE FUNCTION aliases_forms_delete();
    `,
  },
  {
    version: 4,
    name: 'provenance of mentions',
    sql: `
      ALTER TABLE mentions ADD COLUMN provenance ${T};
      ALTER TABLE mentions ADD COLUMN via_merge INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 5,
    name: 'watched sources',
    sql: `
      CREATE TABLE sources (
        id SERIAL PRIMARY KEY, url ${T} NOT NULL UNIQUE, name ${T}, every_ms BIGINT NOT NULL, added_at ${T} NOT NULL,
        etag ${T}, last_modified ${T}, next_poll_at ${T} NOT NULL, last_poll_at ${T}, last_ok_at ${T}, last_error_at ${T},
        last_error ${T}, failures INTEGER NOT NULL DEFAULT 0, kind ${T}
      );
      CREATE TABLE source_items (
        seq BIGSERIAL UNIQUE, source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, link ${T} NOT NULL,
        seen_at ${T} NOT NULL, outcome ${T} NOT NULL, detail ${T}, attempts INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (source_id, link)
      );
      CREATE INDEX source_items_seen ON source_items(source_id, seen_at);
    `,
  },
];
