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

const cpuSeconds = (u) => (u.user + u.system) / 1e6;

async function freshStore(tag) {
  const { openStore } = await dist('store/index.js');
  const file = path.join(os.tmpdir(), `diplograph-bench-ingest-${process.pid}-${tag}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return { store: await openStore(file), drop: () => { for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true }); } };
}

section(async (name) => {
  const s = scale(name);
  const { extractArticle } = await dist('extract/index.js');
  const { ingestArticle, addToGraph, graphFromStore } = await dist('ingest/index.js');
  const WARM = 120;
  const stream = await articleStream({ count: Math.max(s.ingestArticles.at(-1), s.parallelArticles) + WARM });
  const articles = stream.slice(0, -WARM);
  const warm = stream.slice(-WARM); // warms the workers as the single process was warmed by the first run
  extractArticle(articles[0]); // lexicon load outside the timings

  // single process, one growing store
  const single = await freshStore('single');
  const graph = await graphFromStore(single.store);
  const checkpoints = [];
  let extractMs = 0;
  const extract = (a) => { const t = performance.now(); const r = extractArticle(a); extractMs += performance.now() - t; return r; };
  const t0 = performance.now();
  let last = { n: 0, ms: 0, extractMs: 0 };
  for (let i = 0; i < s.ingestArticles.at(-1); i++) {
    const out = await ingestArticle(single.store, articles[i], { extract });
    if (out.status === 'added') await addToGraph(graph, single.store, [out.id]);
    if (s.ingestArticles.includes(i + 1)) {
      const ms = performance.now() - t0;
      const seg = { n: i + 1 - last.n, ms: ms - last.ms, extractMs: extractMs - last.extractMs };
      checkpoints.push({ articles: i + 1, seconds: ms / 1000, articlesPerS: (i + 1) / (ms / 1000),
        lastSegmentArticlesPerS: seg.n / (seg.ms / 1000), lastSegmentStoreMsPerArticle: (seg.ms - seg.extractMs) / seg.n,
        extractShare: extractMs / ms, actors: graph.order, edges: graph.size });
      last = { n: i + 1, ms, extractMs };
    }
  }
  await single.store.close();
  single.drop();

  // worker pool on the first parallelArticles articles, against one process on the same articles
  const n = s.parallelArticles;
  const base = await freshStore('base');
  const g0 = await graphFromStore(base.store);
  const tb = performance.now();
  const cb = process.cpuUsage();
  for (const a of articles.slice(0, n)) { const out = await ingestArticle(base.store, a); if (out.status === 'added') await addToGraph(g0, base.store, [out.id]); }
  const baseWall = (performance.now() - tb) / 1000;
  const baseRate = n / baseWall;
  const baseCores = cpuSeconds(process.cpuUsage(cb)) / baseWall;
  await base.store.close();
  base.drop();
  const pool = [];
  for (let threads = 1; threads <= Math.max(2, machine().cores); threads++) {
    const p = await freshStore(`pool${threads}`);
    const g = await graphFromStore(p.store);
    const workers = await startPool(threads, warm);
    const t = performance.now();
    const c = process.cpuUsage(); // the whole process: main thread and workers
    await parallelIngest(p.store, g, articles.slice(0, n), workers);
    const wall = (performance.now() - t) / 1000;
    const rate = n / wall;
    // cores the machine actually gave this process: on a shared machine, fewer than threads + 1
    pool.push({ threads, articlesPerS: rate, speedup: rate / baseRate, coresUsed: cpuSeconds(process.cpuUsage(c)) / wall, edges: g.size });
    await p.store.close();
    p.drop();
  }
  return { checkpoints, growth: growth(checkpoints.map((c) => [c.articles, c.seconds])), parallel: { articles: n, singleArticlesPerS: baseRate, singleCoresUsed: baseCores, pool } };
});
