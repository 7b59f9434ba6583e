// A worker of the parallel ingest: extracts the articles it is sent and posts the results back.
// Extraction is a pure function of the text, so it can run anywhere; the store stays in one thread.
import { parentPort, workerData } from 'node:worker_threads';
import { dist } from './paths.mjs';

const { extractArticle } = await dist('extract/index.js');
// warm: the lexicon loads and V8 settles on real articles (workerData.warm) before the clock starts
for (let pass = 0; pass < 2; pass++) for (const a of workerData?.warm ?? []) extractArticle(a);
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ seq, article }) => parentPort.postMessage({ seq, extracted: extractArticle(article) }));
