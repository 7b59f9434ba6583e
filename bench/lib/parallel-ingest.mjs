// Worker-pool ingest: N worker threads extract (the CPU-heavy, pure part) while the main thread
// resolves, stores (SQLite has one writer) and updates the graph, committing articles in input
// order so the result equals a sequential ingest. Lives in bench/ while src/ingest is being changed;
// a candidate for src/ingest/parallel-ingest.ts.
import { Worker } from 'node:worker_threads';
import { dist } from './paths.mjs';

const WORKER = new URL('./extract-worker.mjs', import.meta.url);

/** Starts `threads` extraction workers, warmed on `warm` articles; resolves once each is ready. */
export async function startPool(threads, warm = []) {
  const workers = Array.from({ length: threads }, () => new Worker(WORKER, { workerData: { warm } }));
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); })));
  return workers;
}

/** Ingests `articles` into `store` and `graph` with a started pool; resolves to the count added. Terminates the pool. */
export async function parallelIngest(store, graph, articles, workers) {
  const { ingestArticle, addToGraph } = await dist('ingest/index.js');
  const done = new Map(); // seq → extracted, waiting for its turn
  let next = 0; // next article to send
  let commit = 0; // next article to store
  let added = 0;
  let committing = Promise.resolve();
  try {
    await new Promise((resolve, reject) => {
      const send = (w) => { if (next < articles.length) { const seq = next++; w.postMessage({ seq, article: { ...articles[seq], id: articles[seq].id } }); } };
      for (const w of workers) {
        w.on('error', reject);
        w.on('message', ({ seq, extracted }) => {
          done.set(seq, extracted);
          send(w);
          // the store is asynchronous: one commit loop at a time, in input order
          committing = committing.then(async () => {
            while (done.has(commit)) {
              const ex = done.get(commit);
              done.delete(commit);
              const out = await ingestArticle(store, articles[commit], { extract: () => ex });
              if (out.status === 'added') { await addToGraph(graph, store, [out.id]); added++; }
              commit++;
            }
            if (commit === articles.length) resolve();
          }).catch(reject);
        });
        // two in flight per worker keeps it busy while the main thread stores
        send(w);
        send(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return added;
}
