// The ingest job queue: pg-boss (jobs in PostgreSQL, taken with FOR UPDATE SKIP LOCKED) in a schema of
// its own beside the store's ("<schema>_jobs"). A job is one article and its number in enqueue order;
// a job left running by a killed worker expires after `expireSeconds` and is taken again.
import PgBoss from 'pg-boss';
import type { ArticleInput } from '../types/index.js';
import { PgStore, type Store } from '../store/index.js';
import { QueueNeedsPostgres } from './queue-error.js';
import { ensureStaging, nextSeqs } from './staging.js';

/** The queue's name in pg-boss. */
export const QUEUE = 'diplograph-ingest';

/** One job's data. */
export interface IngestJob {
  seq: number;
  article: ArticleInput;
}

/** Settings of the queue; the defaults suit production, tests shorten them. */
export interface QueueSettings {
  /** A running job not finished after this long is taken to be lost (its worker died) and retried. */
  expireSeconds: number;
  /** How often expired jobs are looked for. */
  superviseSeconds: number;
  /** Retries after a failure (extraction error, lost worker). */
  retryLimit: number;
  /** How often an idle worker asks for a job. */
  pollSeconds: number;
}

/** The default queue settings. */
export const QUEUE_DEFAULTS: Readonly<QueueSettings> = Object.freeze({ expireSeconds: 120, superviseSeconds: 10, retryLimit: 2, pollSeconds: 0.5 });

/** The queue settings from the environment (DIPLOGRAPH_JOB_EXPIRE_S, DIPLOGRAPH_JOB_SUPERVISE_S), over the defaults. */
export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const num = (name: string, fallback: number) => {
    const v = env[name]?.trim();
    if (!v) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 1) throw new Error(`${name} must be a number of seconds, at least 1 (got "${v}")`);
    return n;
  };
  return { ...QUEUE_DEFAULTS, expireSeconds: num('DIPLOGRAPH_JOB_EXPIRE_S', QUEUE_DEFAULTS.expireSeconds),
    superviseSeconds: num('DIPLOGRAPH_JOB_SUPERVISE_S', QUEUE_DEFAULTS.superviseSeconds) };
}

/** The PostgreSQL store behind `store`, or a QueueNeedsPostgres error. */
export function pgStoreOf(store: Store): PgStore {
  if (!(store instanceof PgStore)) throw new QueueNeedsPostgres();
  return store;
}

/** The ingest queue of one database. */
export class IngestQueue {
  private constructor(readonly boss: PgBoss, readonly store: PgStore, readonly settings: QueueSettings) {}

  /** Opens (creating as needed) the queue beside `store`'s tables. */
  static async open(store: Store, settings: QueueSettings = QUEUE_DEFAULTS, options: { supervise?: boolean } = {}): Promise<IngestQueue> {
    const pg = pgStoreOf(store);
    await pg.transaction(async (tx) => ensureStaging((tx as PgStore).q));
    const boss = new PgBoss({
      connectionString: pg.location.url, schema: `${pg.location.schema}_jobs`, max: 4,
      supervise: options.supervise ?? true, maintenanceIntervalSeconds: settings.superviseSeconds,
      schedule: false,
    });
    boss.on('error', () => { /* a lost connection: pg-boss connects again */ });
    await boss.start();
    if (!(await boss.getQueue(QUEUE))) {
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: settings.retryLimit, expireInSeconds: settings.expireSeconds })
        .catch(async (err) => { if (!(await boss.getQueue(QUEUE))) throw err; }); // another process made it first
    }
    return new IngestQueue(boss, pg, settings);
  }

  /** Enqueues articles in this order; returns their job numbers. */
  async enqueue(articles: readonly ArticleInput[]): Promise<number[]> {
    if (!articles.length) return [];
    const seqs = await nextSeqs(this.store.q, articles.length);
    const jobs = articles.map((article, i) => ({
      // pg-boss takes jobs by priority, then creation time (equal in one insert): -seq keeps enqueue order
      name: QUEUE, data: { seq: seqs[i]!, article } satisfies IngestJob, priority: -seqs[i]!,
      retryLimit: this.settings.retryLimit, expireInSeconds: this.settings.expireSeconds,
    }));
    for (let i = 0; i < jobs.length; i += 500) await this.boss.insert(jobs.slice(i, i + 500));
    return seqs;
  }

  /** The schema pg-boss keeps its tables in. */
  get jobsSchema(): string {
    return `${this.store.location.schema}_jobs`;
  }

  /** Stops pg-boss (its workers finish the job in hand) and closes its connections. */
  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
