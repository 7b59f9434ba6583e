// What `diplograph queue` shows: jobs waiting, running, extracted and waiting for their turn to be
// written, done (added or duplicate) and failed, with the reasons of the latest failures.
import { quoteIdent, rows } from '../store/index.js';
import { QUEUE, type IngestQueue } from './ingest-queue.js';

/** One failed job. */
export interface FailedJob {
  seq: number;
  title: string | null;
  reason: string;
}

/** The queue's state. */
export interface QueueStatus {
  waiting: number;
  running: number;
  /** Extracted, waiting for the jobs before them to be written. */
  staged: number;
  added: number;
  duplicates: number;
  failed: number;
  /** The latest failures, newest first (at most 20). */
  failures: FailedJob[];
}

/** Counts the jobs of `queue` by state. */
export async function queueStatus(queue: IngestQueue): Promise<QueueStatus> {
  const q = queue.store.q;
  const jobs = quoteIdent(queue.jobsSchema);
  const states = new Map((await rows<{ state: string; n: number }>(q,
    `SELECT state, count(*)::int AS n FROM ${jobs}.job WHERE name = $1 GROUP BY state`, [QUEUE])).map((r) => [r.state, r.n]));
  const results = new Map((await rows<{ outcome: string; n: number }>(q,
    'SELECT outcome, count(*)::int AS n FROM ingest_results GROUP BY outcome')).map((r) => [r.outcome, r.n]));
  const staged = (await rows<{ n: number }>(q, 'SELECT count(*)::int AS n FROM ingest_staged'))[0]!.n;
  const extractFailures = await rows<{ seq: string; title: string | null; reason: string | null }>(q,
    `SELECT data->>'seq' AS seq, data->'article'->>'title' AS title, output->>'message' AS reason FROM ${jobs}.job
     WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT 20`, [QUEUE]);
  const writeFailures = await rows<{ seq: string; reason: string | null }>(q,
    "SELECT seq, reason FROM ingest_results WHERE outcome = 'failed' ORDER BY at DESC LIMIT 20");
  const failures = [
    ...extractFailures.map((r) => ({ seq: Number(r.seq), title: r.title, reason: r.reason ?? 'failed' })),
    ...writeFailures.map((r) => ({ seq: Number(r.seq), title: null, reason: `write failed: ${r.reason ?? ''}` })),
  ].slice(0, 20);
  return {
    waiting: (states.get('created') ?? 0) + (states.get('retry') ?? 0),
    running: states.get('active') ?? 0,
    staged,
    added: results.get('added') ?? 0,
    duplicates: results.get('duplicate') ?? 0,
    failed: (states.get('failed') ?? 0) + (results.get('failed') ?? 0),
    failures,
  };
}

/** The status as the lines `diplograph queue` prints. */
export function queueStatusText(s: QueueStatus): string {
  const lines = [
    `waiting ${s.waiting}, running ${s.running}, extracted and waiting to be written ${s.staged}, ` +
      `done ${s.added + s.duplicates} (${s.added} added, ${s.duplicates} duplicates), failed ${s.failed}`,
  ];
  for (const f of s.failures) lines.push(`  failed: job ${f.seq}${f.title ? ` (${f.title})` : ''}: ${f.reason}`);
  return lines.join('\n');
}
