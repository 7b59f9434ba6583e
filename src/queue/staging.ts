// The queue's own tables, beside the store's in its schema: `ingest_staged` holds articles extracted by
// a worker and not yet written (written in enqueue order by `drainStaged`), `ingest_results` what became
// of each written job. `ingest_seq` numbers jobs in the order they were enqueued.
import type { PreparedArticle } from '../ingest/index.js';
import { row, rows, run, type Queryable } from '../store/index.js';

/** Creates the queue's tables when missing (idempotent; safe for concurrent first uses). */
export async function ensureStaging(q: Queryable): Promise<void> {
  await run(q, `
    CREATE SEQUENCE IF NOT EXISTS ingest_seq;
    CREATE TABLE IF NOT EXISTS ingest_staged (seq BIGINT PRIMARY KEY, job_id TEXT NOT NULL, prepared JSONB NOT NULL, staged_at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS ingest_results (
      seq BIGINT PRIMARY KEY, job_id TEXT NOT NULL, outcome TEXT NOT NULL, article_id TEXT, reason TEXT, at TEXT NOT NULL
    );`);
}

/** `n` job numbers, in order. */
export async function nextSeqs(q: Queryable, n: number): Promise<number[]> {
  return (await rows<{ seq: string }>(q, 'SELECT nextval(\'ingest_seq\') AS seq FROM generate_series(1, $1)', [n])).map((r) => Number(r.seq));
}

/** Keeps an extracted article until its turn to be written; a job already staged or written is left alone. */
export async function stage(q: Queryable, seq: number, jobId: string, prepared: PreparedArticle): Promise<void> {
  await run(q, `INSERT INTO ingest_staged (seq, job_id, prepared, staged_at)
                SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM ingest_results WHERE seq = $1)
                ON CONFLICT (seq) DO NOTHING`, [seq, jobId, JSON.stringify(prepared), new Date().toISOString()]);
}

/** The staged article with the lowest number, or undefined. */
export async function firstStaged(q: Queryable): Promise<{ seq: number; jobId: string; prepared: PreparedArticle } | undefined> {
  const r = await row<{ seq: string; job_id: string; prepared: PreparedArticle }>(q,
    'SELECT seq, job_id, prepared FROM ingest_staged ORDER BY seq LIMIT 1');
  return r && { seq: Number(r.seq), jobId: r.job_id, prepared: r.prepared };
}

/** Records what became of job `seq` and drops it from the staged ones. */
export async function recordResult(q: Queryable, seq: number, jobId: string, outcome: 'added' | 'duplicate' | 'failed', articleId: string | null, reason: string | null): Promise<void> {
  await run(q, 'INSERT INTO ingest_results (seq, job_id, outcome, article_id, reason, at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (seq) DO NOTHING',
    [seq, jobId, outcome, articleId, reason, new Date().toISOString()]);
  await run(q, 'DELETE FROM ingest_staged WHERE seq = $1', [seq]);
}
