// Cross-process change notices over PostgreSQL LISTEN/NOTIFY: a write transaction queues a NOTIFY that
// the server delivers at commit (never for a rolled-back write), in commit order. Each store instance
// tags its notices with its origin so it can skip its own. One channel per schema.
import pg from 'pg';
import type { StoreChange, Unsubscribe } from '../store-change.js';
import type { Queryable } from './query.js';

/** The notice channel of a schema. */
export const channelOf = (schema: string): string => `diplograph:${schema}`;

/** Queues `change` for delivery when the transaction on `q` commits. */
export async function notifyChange(q: Queryable, schema: string, origin: string, change: StoreChange): Promise<void> {
  await q.query('SELECT pg_notify($1, $2)', [channelOf(schema), JSON.stringify({ origin, ...change })]);
}

/** How long to wait before connecting again after the listening connection failed. */
const RETRY_MS = 1_000;

/**
 * Calls `fn` with every change another origin commits to `schema`. The listening connection is its
 * own; when it drops, it is made again and `fn` gets a `resync` (notices sent meanwhile are lost).
 */
export async function listenChanges(url: string, schema: string, origin: string, fn: (c: StoreChange) => void): Promise<Unsubscribe> {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const channel = channelOf(schema);
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel !== channel || !n.payload) return;
      const { origin: from, ...change } = JSON.parse(n.payload) as StoreChange & { origin: string };
      if (from !== origin) fn(change as StoreChange);
    });
    c.on('error', () => again());
    c.on('end', () => again());
    await c.connect();
    await c.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
    client = c;
  };
  const again = () => {
    if (stopped || timer) return;
    client = null;
    timer = setTimeout(() => {
      timer = null;
      connect().then(() => fn({ kind: 'resync' }), () => again());
    }, RETRY_MS);
  };
  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
  };
}
