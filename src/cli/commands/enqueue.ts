// `diplograph ingest --queue PATH...`: reads the articles of files and folders and enqueues each as a
// job for `diplograph worker` (PostgreSQL only), in file order; prints how many, and the unreadable inputs.
import { listInputFiles, readInputFile } from '../../ingest/index.js';
import type { Store } from '../../store/index.js';
import { IngestQueue, queueSettingsFromEnv } from '../../queue/index.js';
import { EXIT } from '../report.js';

/** Enqueues the articles under `paths`; returns the exit code (2 when some input failed). */
export async function runEnqueue(store: Store, paths: string[], flags: { date?: string; json?: boolean }): Promise<number> {
  const { files, missing } = listInputFiles(paths);
  const problems = missing.map((m) => `${m}: no such file or folder`);
  const articles = [];
  for (const f of files) {
    const input = readInputFile(f, { date: flags.date ?? null });
    problems.push(...input.problems.map((p) => `${f}: ${p}`));
    articles.push(...input.articles);
  }
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
