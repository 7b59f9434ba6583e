// Ingest end to end (extract + resolve + store + graph update) into a fresh SQLite file: articles/s
// in one process at three stream sizes (checkpoints of one growing store, so later articles meet a
// bigger store), with extraction's share; then a worker pool (1…cores threads) on the same articles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleStream } from '../lib/stream.mjs';
import { growth, machine, section } from '../lib/measure.mjs';
import { parallelIngest, startPool } from '../lib/parallel-ingest.mjs';
import { dist } from '../lib/paths.mjs';
import { scale } from '../lib/scales.mjs';

async function freshStore(tag) {
  const { openStore } = await dist('store/index.js');
  const file = path.join(os.tmpdir(), `diplograph-bench-ingest-${process.pid}-${tag}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return { store: openStore(file), drop: () => { for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true }); } };
}

section(async (name) => {
  const s = scale(name);
  const { extractArticle } = await dist('extract/index.js');
  const { ingestArticle, addToGraph, graphFromStore } = await dist('ingest/index.js');
  const articles = await articleStream({ count: Math.max(s.ingestArticles.at(-1), s.parallelArticles) });
  extractArticle(articles[0]); // lexicon load outside the timings

  // single process, one growing store
  const single = await freshStore('single');
  const graph = graphFromStore(single.store);
  const checkpoints = [];
  let extractMs = 0;
  const extract = (a) => { const t = performance.now(); const r = extractArticle(a); extractMs += performance.now() - t; return r; };
  const t0 = performance.now();
  let last = { n: 0, ms: 0, extractMs: 0 };
  for (let i = 0; i < s.ingestArticles.at(-1); i++) {
    const out = ingestArticle(single.store, articles[i], { extract });
    if (out.status === 'added') addToGraph(graph, single.store, [out.id]);
    if (s.ingestArticles.includes(i + 1)) {
      const ms = performance.now() - t0;
      const seg = { n: i + 1 - last.n, ms: ms - last.ms, extractMs: extractMs - last.extractMs };
      checkpoints.push({ articles: i + 1, seconds: ms / 1000, articlesPerS: (i + 1) / (ms / 1000),
        lastSegmentArticlesPerS: seg.n / (seg.ms / 1000), lastSegmentStoreMsPerArticle: (seg.ms - seg.extractMs) / seg.n,
        extractShare: extractMs / ms, actors: graph.order, edges: graph.size });
      last = { n: i + 1, ms, extractMs };
    }
  }
  single.store.close();
  single.drop();

  // worker pool on the first parallelArticles articles, against one process on the same articles
  const n = s.parallelArticles;
  const base = await freshStore('base');
  const g0 = graphFromStore(base.store);
  const tb = performance.now();
  for (const a of articles.slice(0, n)) { const out = ingestArticle(base.store, a); if (out.status === 'added') addToGraph(g0, base.store, [out.id]); }
  const baseRate = n / ((performance.now() - tb) / 1000);
  base.store.close();
  base.drop();
  const pool = [];
  for (let threads = 1; threads <= Math.max(2, machine().cores); threads++) {
    const p = await freshStore(`pool${threads}`);
    const g = graphFromStore(p.store);
    const workers = await startPool(threads);
    const t = performance.now();
    await parallelIngest(p.store, g, articles.slice(0, n), workers);
    const rate = n / ((performance.now() - t) / 1000);
    pool.push({ threads, articlesPerS: rate, speedup: rate / baseRate, edges: g.size });
    p.store.close();
    p.drop();
  }
  return { checkpoints, growth: growth(checkpoints.map((c) => [c.articles, c.seconds])), parallel: { articles: n, singleArticlesPerS: baseRate, pool } };
});
