// The ingest queue's public surface: enqueueing articles, workers that take them, and the queue's
// status. PostgreSQL only (pg-boss); see README "Running at scale".
export { IngestQueue, QUEUE, QUEUE_DEFAULTS, queueSettingsFromEnv, pgStoreOf, type IngestJob, type QueueSettings } from './ingest-queue.js';
export { runWorker, type RunningWorker, type WorkerOptions } from './worker.js';
export { drainStaged, type DrainResult } from './drain-staged.js';
export { queueStatus, queueStatusText, type QueueStatus, type FailedJob } from './queue-status.js';
export { QueueNeedsPostgres } from './queue-error.js';
