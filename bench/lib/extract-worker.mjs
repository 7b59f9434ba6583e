// A worker of the parallel ingest: extracts the articles it is sent and posts the results back.
// Extraction is a pure function of the text, so it can run anywhere; the store stays in one thread.
import { parentPort } from 'node:worker_threads';
import { dist } from './paths.mjs';

const { extractArticle } = await dist('extract/index.js');
// warm: the lexicon loads and the pipeline compiles before the clock starts
for (let i = 0; i < 3; i++) extractArticle({ id: 'warm', text: 'Foreign Minister Ana Kavinmel of France met the German ambassador in Paris on Tuesday.' });
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ seq, article }) => parentPort.postMessage({ seq, extracted: extractArticle(article) }));
