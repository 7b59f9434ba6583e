// Graph rebuild from the store for one size (run.mjs calls it once per size, each in a fresh
// process so RSS is its own): the store's graphArticles() read, then buildGraph over what it read;
// RSS and heap per event of the graph held. The store holds synthetic extraction output bulk-loaded
// (bench/lib/bulk-load.mjs), cached in tmp.
import { clock, clockAsync, rssMB, section } from '../lib/measure.mjs';
import { syntheticStore } from '../lib/bulk-load.mjs';
import { dist } from '../lib/paths.mjs';

section(async () => {
  const events = Number(process.argv[3]);
  if (!(events > 0)) throw new Error('usage: rebuild.mjs <scale> <events>');
  const { buildGraph } = await dist('graph/build.js');
  const { store, loadMs, cached } = await syntheticStore(events);
  const stats = await store.stats();
  const rss0 = rssMB();
  const heap0 = process.memoryUsage().heapUsed / 2 ** 20;

  let articles;
  let graph;
  // graphArticles streams: read it all here (SQLite yields synchronously underneath; CPU time is what clock counts)
  const read = await clockAsync(async () => { articles = []; for await (const a of store.graphArticles()) articles.push(a); });
  const build = clock(() => { graph = buildGraph(articles); });
  const order = graph.order;
  const size = graph.size;
  articles = null;
  const rss1 = rssMB();
  const heap1 = process.memoryUsage().heapUsed / 2 ** 20;
  graph = null;
  await store.close();
  return { events: stats.events, articles: stats.articles, actors: order, edges: size, storeLoadS: loadMs / 1000, storeCached: cached,
    // CPU seconds (the machine may be shared); wall seconds beside them
    readS: read.cpu, buildS: build.cpu, rebuildS: read.cpu + build.cpu, wall: { readS: read.wall, buildS: build.wall },
    rssMB: rss1, rssPerEventB: ((rss1 - rss0) * 2 ** 20) / stats.events, heapPerEventB: ((heap1 - heap0) * 2 ** 20) / stats.events };
});
