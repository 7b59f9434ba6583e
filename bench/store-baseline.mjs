#!/usr/bin/env node
// The store's own cost on SQLite, to compare the store before and after a change to it: N articles
// ingested one by one (extraction timed apart and subtracted), then a graph rebuild from the store.
// Usage: node bench/store-baseline.mjs [articles=300]; needs dist/ (npx tsc -p tsconfig.json).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleStream } from './lib/stream.mjs';
import { dist } from './lib/paths.mjs';

const N = Number(process.argv[2] ?? 300);
const { openStore } = await dist('store/index.js');
const { ingestArticle, graphFromStore } = await dist('ingest/index.js');
const { extractArticle } = await dist('extract/index.js');
const articles = await articleStream({ count: N });
const extracted = articles.map((a) => extractArticle(a)); // extraction outside the timings
let i = 0;
const extract = () => extracted[i];
const file = path.join(os.tmpdir(), `diplograph-store-baseline-${process.pid}.db`);
const drop = () => { for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true }); };
drop();
const store = await openStore(file);
const t0 = performance.now();
for (i = 0; i < N; i++) await ingestArticle(store, articles[i], { extract });
const ingestMs = performance.now() - t0;
const runs = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  await graphFromStore(store);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const stats = await store.stats();
await store.close();
drop();
console.log(JSON.stringify({ articles: N, events: stats.events, ingestArticlesPerS: +(N / (ingestMs / 1000)).toFixed(1),
  storeMsPerArticle: +(ingestMs / N).toFixed(2), rebuildMsMedian: +runs[2].toFixed(1) }));
