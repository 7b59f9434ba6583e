// `diplograph worker`: takes ingest jobs from the queue, extracts each article (the costly part, in
// parallel across workers), stages it, then writes what is staged in enqueue order (drain-staged.ts).
// A worker killed mid-job loses nothing: the job expires and is taken again; staging and writing are
// idempotent (a job written once is never written again), and the write is one transaction.
import { prepareArticle, type IngestOptions } from '../ingest/index.js';
import { drainStaged } from './drain-staged.js';
import { QUEUE, type IngestJob, type IngestQueue } from './ingest-queue.js';
import { stage } from './staging.js';

/** Options of `runWorker`. */
export interface WorkerOptions extends IngestOptions {
  /** Told of each job taken and of each drain that wrote something. */
  onJob?: (seq: number, outcome: 'staged' | 'failed', detail?: string) => void;
  onWritten?: (n: number) => void;
  onError?: (err: Error) => void;
  /** How often staged articles are looked at when this worker has no job (ms). */
  drainEveryMs?: number;
}

/** A running worker. */
export interface RunningWorker {
  /** Stops taking jobs, finishes the one in hand, writes what it may. */
  stop(): Promise<void>;
}

/** Starts taking jobs from `queue`. */
export async function runWorker(queue: IngestQueue, options: WorkerOptions = {}): Promise<RunningWorker> {
  let draining: Promise<void> | null = null;
  let again = false;
  const drain = (): Promise<void> => {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        try {
          const r = await drainStaged(queue.store, queue.jobsSchema, options);
          if (r.written) options.onWritten?.(r.written);
        } catch (err) {
          options.onError?.(err as Error);
        }
      } while (again);
      draining = null;
    })();
    return draining;
  };
  let workerId = '';
  workerId = await queue.boss.work<IngestJob>(QUEUE, { batchSize: 1, priority: true, pollingIntervalSeconds: queue.settings.pollSeconds }, async ([job]) => {
    if (!job) return;
    // a job found: ask for the next one as soon as this one is done, not after the polling interval
    queue.boss.notifyWorker(workerId);
    const { seq, article } = job.data;
    let prepared;
    try {
      prepared = prepareArticle(article, options.extract);
    } catch (err) {
      options.onJob?.(seq, 'failed', (err as Error).message);
      throw err; // pg-boss records the reason, retries, and at last marks the job failed
    }
    await stage(queue.store.q, seq, job.id, prepared);
    options.onJob?.(seq, 'staged');
    await drain();
  });
  const timer = setInterval(() => void drain(), options.drainEveryMs ?? 500);
  return {
    stop: async () => {
      clearInterval(timer);
      await queue.boss.offWork({ id: workerId });
      await drain();
    },
  };
}
