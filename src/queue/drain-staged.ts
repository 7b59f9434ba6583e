// Writes staged articles in enqueue order, each in its own write transaction: an article is written
// only when no job numbered before it is still waiting or running, so the store ends as a single
// process ingesting the same articles in the same order would leave it, whatever the workers' speeds.
// Any worker may drain; the store's write lock makes them take turns.
import { commitArticle, type IngestOptions } from '../ingest/index.js';
import { isStorageFailure, quoteIdent, row, type PgStore } from '../store/index.js';
import { QUEUE } from './ingest-queue.js';
import { firstStaged, recordResult } from './staging.js';

/** What one drain did. */
export interface DrainResult {
  written: number;
  /** A job numbered before the first staged article is still to come. */
  waiting: boolean;
}

/** Writes every staged article whose turn has come; stops at the first one that must wait. */
export async function drainStaged(store: PgStore, jobsSchema: string, options: IngestOptions = {}): Promise<DrainResult> {
  let written = 0;
  for (;;) {
    const step = await store.transaction(async (txStore) => {
      const tx = txStore as PgStore;
      const next = await firstStaged(tx.q);
      if (!next) return 'empty' as const;
      const earlier = await row(tx.q, `SELECT 1 FROM ${quoteIdent(jobsSchema)}.job WHERE name = $1
        AND state IN ('created', 'retry', 'active') AND (data->>'seq')::bigint < $2 LIMIT 1`, [QUEUE, next.seq]);
      if (earlier) return 'wait' as const;
      await tx.q.query('SAVEPOINT drain_step');
      try {
        const out = await commitArticle(tx, next.prepared, options);
        await recordResult(tx.q, next.seq, next.jobId, out.status, out.id, out.status === 'duplicate' ? `already stored as ${out.duplicateOf}` : null);
      } catch (err) {
        if (isStorageFailure(err)) throw err;
        // the article's own fault (its write failed): recorded, the rest goes on
        await tx.q.query('ROLLBACK TO SAVEPOINT drain_step').catch(() => undefined);
        await recordResult(tx.q, next.seq, next.jobId, 'failed', null, (err as Error).message);
      }
      return 'written' as const;
    });
    if (step === 'empty') return { written, waiting: false };
    if (step === 'wait') return { written, waiting: true };
    written++;
  }
}
