// The PostgreSQL implementation of SourceStore: the `sources` and `source_items` tables of migration 5,
// as ../sqlite/source-store.ts keeps them.
import type { ItemOutcome, SourceItem, SourcePollUpdate, SourceRecord, SourceStore } from '../source-store.js';
import { row, rows, run, type Queryable } from './query.js';

interface SourceRow {
  id: number; url: string; name: string | null; every_ms: string; added_at: string; etag: string | null;
  last_modified: string | null; next_poll_at: string; last_poll_at: string | null; last_ok_at: string | null;
  last_error_at: string | null; last_error: string | null; failures: number; kind: string | null;
}
interface ItemRow { link: string; seen_at: string; outcome: ItemOutcome; detail: string | null; attempts: number }

const COLUMNS: Record<keyof SourcePollUpdate, string> = {
  etag: 'etag', lastModified: 'last_modified', nextPollAt: 'next_poll_at', lastPollAt: 'last_poll_at',
  lastOkAt: 'last_ok_at', lastErrorAt: 'last_error_at', lastError: 'last_error', failures: 'failures', kind: 'kind',
};
const toItem = (r: ItemRow): SourceItem => ({ link: r.link, seenAt: r.seen_at, outcome: r.outcome, detail: r.detail, attempts: r.attempts });

/** SourceStore over a pool or a transaction's client. */
export class PgSourceStore implements SourceStore {
  constructor(private readonly q: Queryable) {}

  async add(s: { url: string; name: string | null; everyMs: number; now: string }): Promise<SourceRecord> {
    if (await this.get(s.url)) throw new Error(`${s.url} is already watched`);
    const r = await row<{ id: number }>(this.q, 'INSERT INTO sources (url, name, every_ms, added_at, next_poll_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [s.url, s.name, s.everyMs, s.now, s.now]);
    return (await this.get(r!.id))!;
  }

  async list(): Promise<SourceRecord[]> {
    return Promise.all((await rows<SourceRow>(this.q, 'SELECT * FROM sources ORDER BY id')).map((r) => this.toRecord(r)));
  }

  async get(idOrUrl: number | string): Promise<SourceRecord | null> {
    const r = typeof idOrUrl === 'number' ? await row<SourceRow>(this.q, 'SELECT * FROM sources WHERE id = $1', [idOrUrl])
      : await row<SourceRow>(this.q, 'SELECT * FROM sources WHERE url = $1', [idOrUrl]);
    return r ? this.toRecord(r) : null;
  }

  async remove(id: number): Promise<boolean> {
    return (await run(this.q, 'DELETE FROM sources WHERE id = $1', [id])) > 0;
  }

  async update(id: number, change: SourcePollUpdate): Promise<void> {
    const keys = (Object.keys(change) as (keyof SourcePollUpdate)[]).filter((k) => change[k] !== undefined);
    if (!keys.length) return;
    const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 1}`).join(', ');
    await run(this.q, `UPDATE sources SET ${sets} WHERE id = $${keys.length + 1}`, [...keys.map((k) => change[k] ?? null), id]);
  }

  async item(id: number, link: string): Promise<SourceItem | null> {
    const r = await row<ItemRow>(this.q, 'SELECT link, seen_at, outcome, detail, attempts FROM source_items WHERE source_id = $1 AND link = $2', [id, link]);
    return r ? toItem(r) : null;
  }

  async recordItem(id: number, item: { link: string; outcome: ItemOutcome; detail: string | null; now: string }): Promise<void> {
    await run(this.q, `INSERT INTO source_items (source_id, link, seen_at, outcome, detail) VALUES ($1, $2, $3, $4, $5)
                       ON CONFLICT (source_id, link) DO UPDATE SET outcome = EXCLUDED.outcome, detail = EXCLUDED.detail,
                         attempts = source_items.attempts + 1, seen_at = EXCLUDED.seen_at`, [id, item.link, item.now, item.outcome, item.detail]);
  }

  async retryLinks(id: number): Promise<string[]> {
    return (await rows<{ link: string }>(this.q, "SELECT link FROM source_items WHERE source_id = $1 AND outcome = 'retry' ORDER BY seen_at, seq", [id]))
      .map((r) => r.link);
  }

  async recentItems(id: number, limit: number): Promise<SourceItem[]> {
    return (await rows<ItemRow>(this.q, `SELECT link, seen_at, outcome, detail, attempts FROM source_items WHERE source_id = $1
                                         ORDER BY seen_at DESC, seq DESC LIMIT $2`, [id, limit])).map(toItem);
  }

  private async toRecord(r: SourceRow): Promise<SourceRecord> {
    const counts = { seen: 0, ingested: 0, duplicate: 0, failed: 0, retry: 0 };
    for (const c of await rows<{ outcome: ItemOutcome; n: number }>(this.q,
      'SELECT outcome, count(*)::int AS n FROM source_items WHERE source_id = $1 GROUP BY outcome', [r.id])) {
      counts[c.outcome] = c.n;
      counts.seen += c.n;
    }
    return {
      id: r.id, url: r.url, name: r.name, everyMs: Number(r.every_ms), addedAt: r.added_at, etag: r.etag, lastModified: r.last_modified,
      nextPollAt: r.next_poll_at, lastPollAt: r.last_poll_at, lastOkAt: r.last_ok_at, lastErrorAt: r.last_error_at,
      lastError: r.last_error, failures: r.failures, kind: r.kind, counts,
    };
  }
}
