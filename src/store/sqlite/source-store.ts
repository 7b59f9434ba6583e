// The SQLite implementation of SourceStore: the `sources` and `source_items` tables of migration 5.
// Counts per outcome are read with each source (one grouped read over its links).
import type Database from 'better-sqlite3';
import type { ItemOutcome, SourceItem, SourcePollUpdate, SourceRecord, SourceStore } from '../source-store.js';
import { stmt } from './statements.js';

interface SourceRow {
  id: number; url: string; name: string | null; every_ms: number; added_at: string; etag: string | null;
  last_modified: string | null; next_poll_at: string; last_poll_at: string | null; last_ok_at: string | null;
  last_error_at: string | null; last_error: string | null; failures: number; kind: string | null;
}

const COLUMNS: Record<keyof SourcePollUpdate, string> = {
  etag: 'etag', lastModified: 'last_modified', nextPollAt: 'next_poll_at', lastPollAt: 'last_poll_at',
  lastOkAt: 'last_ok_at', lastErrorAt: 'last_error_at', lastError: 'last_error', failures: 'failures', kind: 'kind',
};

/** SourceStore over `db`. */
export class SqliteSourceStore implements SourceStore {
  constructor(private readonly db: Database.Database) {}

  async add(s: { url: string; name: string | null; everyMs: number; now: string }): Promise<SourceRecord> {
    if (this.getSync(s.url)) throw new Error(`${s.url} is already watched`);
    const info = stmt(this.db, 'INSERT INTO sources (url, name, every_ms, added_at, next_poll_at) VALUES (?, ?, ?, ?, ?)')
      .run(s.url, s.name, s.everyMs, s.now, s.now);
    return this.getSync(Number(info.lastInsertRowid))!;
  }

  async list(): Promise<SourceRecord[]> {
    return (stmt(this.db, 'SELECT * FROM sources ORDER BY id').all() as SourceRow[]).map((r) => this.toRecord(r));
  }

  async get(idOrUrl: number | string): Promise<SourceRecord | null> {
    return this.getSync(idOrUrl);
  }

  private getSync(idOrUrl: number | string): SourceRecord | null {
    const row = (typeof idOrUrl === 'number'
      ? stmt(this.db, 'SELECT * FROM sources WHERE id = ?').get(idOrUrl)
      : stmt(this.db, 'SELECT * FROM sources WHERE url = ?').get(idOrUrl)) as SourceRow | undefined;
    return row ? this.toRecord(row) : null;
  }

  async remove(id: number): Promise<boolean> {
    return stmt(this.db, 'DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  async update(id: number, change: SourcePollUpdate): Promise<void> {
    const keys = (Object.keys(change) as (keyof SourcePollUpdate)[]).filter((k) => change[k] !== undefined);
    if (!keys.length) return;
    const sets = keys.map((k) => `${COLUMNS[k]} = ?`).join(', ');
    stmt(this.db, `UPDATE sources SET ${sets} WHERE id = ?`).run(...keys.map((k) => change[k] ?? null), id);
  }

  async item(id: number, link: string): Promise<SourceItem | null> {
    const row = stmt(this.db, 'SELECT link, seen_at, outcome, detail, attempts FROM source_items WHERE source_id = ? AND link = ?')
      .get(id, link) as ItemRow | undefined;
    return row ? toItem(row) : null;
  }

  async recordItem(id: number, item: { link: string; outcome: ItemOutcome; detail: string | null; now: string }): Promise<void> {
    stmt(this.db, `INSERT INTO source_items (source_id, link, seen_at, outcome, detail) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(source_id, link) DO UPDATE SET outcome = excluded.outcome, detail = excluded.detail,
                     attempts = attempts + 1, seen_at = excluded.seen_at`)
      .run(id, item.link, item.now, item.outcome, item.detail);
  }

  async retryLinks(id: number): Promise<string[]> {
    return (stmt(this.db, "SELECT link FROM source_items WHERE source_id = ? AND outcome = 'retry' ORDER BY seen_at, rowid").all(id) as
      { link: string }[]).map((r) => r.link);
  }

  async recentItems(id: number, limit: number): Promise<SourceItem[]> {
    return (stmt(this.db, `SELECT link, seen_at, outcome, detail, attempts FROM source_items WHERE source_id = ?
                           ORDER BY seen_at DESC, rowid DESC LIMIT ?`).all(id, limit) as ItemRow[]).map(toItem);
  }

  private toRecord(r: SourceRow): SourceRecord {
    const counts = { seen: 0, ingested: 0, duplicate: 0, failed: 0, retry: 0 };
    for (const c of stmt(this.db, 'SELECT outcome, count(*) AS n FROM source_items WHERE source_id = ? GROUP BY outcome').all(r.id) as
      { outcome: ItemOutcome; n: number }[]) {
      counts[c.outcome] = c.n;
      counts.seen += c.n;
    }
    return {
      id: r.id, url: r.url, name: r.name, everyMs: r.every_ms, addedAt: r.added_at, etag: r.etag, lastModified: r.last_modified,
      nextPollAt: r.next_poll_at, lastPollAt: r.last_poll_at, lastOkAt: r.last_ok_at, lastErrorAt: r.last_error_at,
      lastError: r.last_error, failures: r.failures, kind: r.kind, counts,
    };
  }
}

interface ItemRow { link: string; seen_at: string; outcome: ItemOutcome; detail: string | null; attempts: number }

const toItem = (r: ItemRow): SourceItem => ({ link: r.link, seenAt: r.seen_at, outcome: r.outcome, detail: r.detail, attempts: r.attempts });
