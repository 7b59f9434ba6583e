// Graph rebuild from the store for one size (run.mjs calls it once per size, each in a fresh
// process so RSS is its own): the store's graphArticles() read, then the current buildGraph and the
// proposed one (bench/lib/proposed-build.mjs, same graph); RSS and heap per event of the graph held.
// The store holds synthetic extraction output bulk-loaded (bench/lib/bulk-load.mjs), cached in tmp.
import { clock, rssMB, section } from '../lib/measure.mjs';
import { syntheticStore } from '../lib/bulk-load.mjs';
import { buildGraphProposed } from '../lib/proposed-build.mjs';
import { dist } from '../lib/paths.mjs';

/** Above this many events the current builder is not run (it is quadratic in hub degree; see the report). */
const CURRENT_MAX = Number(process.env.BENCH_CURRENT_BUILD_MAX ?? 100_000);

section(async () => {
  const events = Number(process.argv[3]);
  if (!(events > 0)) throw new Error('usage: rebuild.mjs <scale> <events>');
  const { buildGraph } = await dist('graph/build.js');
  const { store, loadMs, cached } = await syntheticStore(events);
  const stats = store.stats();
  const rss0 = rssMB();
  const heap0 = process.memoryUsage().heapUsed / 2 ** 20;

  let articles;
  let graph;
  const read = clock(() => { articles = [...store.graphArticles()]; }); // graphArticles streams: read it all here
  const proposed = clock(() => { graph = buildGraphProposed(articles); });
  const order = graph.order;
  const size = graph.size;
  articles = null;
  const rss1 = rssMB();
  const heap1 = process.memoryUsage().heapUsed / 2 ** 20;
  const rssPerEventB = ((rss1 - rss0) * 2 ** 20) / stats.events;
  const heapPerEventB = ((heap1 - heap0) * 2 ** 20) / stats.events;
  graph = null;

  let currentS = null;
  let currentWallS = null;
  let current = `skipped above ${CURRENT_MAX} events (BENCH_CURRENT_BUILD_MAX)`;
  if (stats.events <= CURRENT_MAX) {
    const list = [...store.graphArticles()]; // read outside the timing, as before it streamed
    const c = clock(() => buildGraph(list));
    currentS = c.cpu;
    currentWallS = c.wall;
    current = 'measured';
  }
  store.close();
  return { events: stats.events, articles: stats.articles, actors: order, edges: size, storeLoadS: loadMs / 1000, storeCached: cached,
    // CPU seconds (the machine may be shared); wall seconds beside them
    readS: read.cpu, currentBuildS: currentS, current, proposedBuildS: proposed.cpu,
    rebuildS: currentS === null ? null : read.cpu + currentS, proposedRebuildS: read.cpu + proposed.cpu,
    wall: { readS: read.wall, currentBuildS: currentWallS, proposedBuildS: proposed.wall },
    rssMB: rss1, rssPerEventB, heapPerEventB };
});
