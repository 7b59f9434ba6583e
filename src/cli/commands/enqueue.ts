// `diplograph ingest --queue INPUT...`: reads the articles of files, folders, URLs and standard input ("-")
// and enqueues each as a job for `diplograph worker` (PostgreSQL only), in input order; prints how many,
// and the inputs that gave nothing.
import { readQueueInputs, type ReadStdin } from './queue-inputs.js';
import type { Store } from '../../store/index.js';
import { IngestQueue, queueSettingsFromEnv } from '../../queue/index.js';
import { EXIT } from '../report.js';

/** Enqueues the articles under `paths`; returns the exit code (2 when some input failed). */
export async function runEnqueue(store: Store, paths: string[], flags: { date?: string; json?: boolean }, io: { stdin?: ReadStdin; fetch?: typeof fetch } = {}): Promise<number> {
  const { articles, problems } = await readQueueInputs(paths, { date: flags.date ?? null, ...io });
  const queue = await IngestQueue.open(store, queueSettingsFromEnv(), { supervise: false });
  try {
    const seqs = await queue.enqueue(articles);
    if (flags.json) process.stdout.write(JSON.stringify({ enqueued: seqs.length, first: seqs[0] ?? null, last: seqs.at(-1) ?? null, failed: problems }, null, 2) + '\n');
    else process.stdout.write([`enqueued ${seqs.length} articles (see diplograph queue)`, ...problems.map((p) => `  failed: ${p}`)].join('\n') + '\n');
  } finally {
    await queue.close();
  }
  return problems.length ? EXIT.badInput : EXIT.ok;
}
