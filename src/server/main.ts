// What `npm start` runs: read the configuration, open the store, ingest the articles under
// data/articles that it lacks (with progress), build the graph, serve it, and close cleanly on a signal.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestProgressBar } from '../cli/progress.js';
import { addArticles, applyMergeRules, followStore, graphFromStore, GraphChanges, ingestPaths, loadMergeRules, DEFAULT_MERGES_PATH } from '../ingest/index.js';
import type { DiploGraph } from '../graph/build.js';
import { isStorageFailure, openStore, type Store, isPostgresUrl, redactedUrl } from '../store/index.js';
import { pollLine, Watcher, type WatchOptions } from '../watch/index.js';
import { createApp } from './app.js';
import { loadConfig, type ServerConfig } from './config.js';

/** Where `start` looks for things; defaults are relative to the working directory. */
export interface StartOptions {
  /** Environment to read the configuration from. */
  env?: NodeJS.ProcessEnv;
  /** Folder of articles ingested at start. */
  articlesDir?: string;
  /** The actor corrections file. */
  mergesFile?: string;
  /** No progress bar. */
  quiet?: boolean;
  /** Poll the watched sources in-process (default true); `serve --no-watch` turns it off. */
  watch?: boolean;
  /** Watch settings (tests shorten them). */
  watchOptions?: Partial<WatchOptions>;
}

/** A running server. */
export interface Running {
  server: Server;
  store: Store;
  config: Readonly<ServerConfig>;
  url: string;
  /** Closes the server and the store. */
  close(): Promise<void>;
}

const say = (line: string) => process.stderr.write(`diplograph: ${line}\n`);

/** How long a stopping server waits for requests in flight before it drops their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

/** Applies a changed merges file and ingests the articles folder's new articles. */
async function prepareStore(store: Store, options: StartOptions): Promise<void> {
  const replayed = await applyMergeRules(store, loadMergeRules(options.mergesFile ?? DEFAULT_MERGES_PATH));
  if (replayed) say(`applied the changed merges file to ${replayed} stored articles`);
  const dir = options.articlesDir ?? path.join('data', 'articles');
  if (!fs.existsSync(dir)) return;
  const bar = ingestProgressBar(options.quiet);
  let s;
  try {
    s = await ingestPaths(store, [dir], { onStart: bar.onStart, onProgress: bar.onProgress });
  } finally {
    bar.stop();
  }
  say(`${dir}: ${s.added.length} new articles (${s.events} events), ${s.duplicates.length} already stored, ${s.failed.length} failed`);
  for (const f of s.failed) say(`  failed: ${f.file}: ${f.reason}`);
}

/** Polls the store's sources in this process; new articles go the way POST /api/articles sends them. */
async function startWatching(store: Store, graph: DiploGraph, changes: GraphChanges, options: StartOptions): Promise<() => Promise<void>> {
  const stop = new AbortController();
  const rules = loadMergeRules(options.mergesFile ?? DEFAULT_MERGES_PATH);
  const watcher = new Watcher({
    store, options: options.watchOptions,
    ingest: async (input) => (await addArticles(store, graph, [input], { rules, changes }))[0]!,
    onPoll: (r, source) => say(`watch: ${pollLine(r, source.name)}`),
    onError: (err) => say(`watch: the database cannot be written (${err.message}); trying again later`),
  });
  const n = (await store.sources.list()).length;
  if (n) say(`watching ${n} source${n === 1 ? '' : 's'} (diplograph sources list)`);
  const running = watcher.run(stop.signal).catch((err: Error) => say(`watch stopped: ${err.message}`));
  return async () => {
    stop.abort();
    await running;
  };
}

/** Starts the server; resolves once it listens. Throws on bad configuration or a port in use. */
export async function start(options: StartOptions = {}): Promise<Running> {
  const config = loadConfig(options.env ?? process.env);
  const store = await openStore(config.dbPath);
  const where = isPostgresUrl(config.dbPath) ? redactedUrl(config.dbPath) : config.dbPath;
  let unfollow = async () => {};
  try {
    try {
      await prepareStore(store, options);
    } catch (err) {
      // a full disk or a read-only file must not become a crash loop: serve what is stored, writes answer 503/507
      if (!isStorageFailure(err)) throw err;
      say(`the database ${where} cannot be written (${(err as Error).message}); serving what it holds, writes will fail`);
    }
    const graph = await graphFromStore(store);
    const changes = new GraphChanges();
    const app = createApp({ graph, store, config, changes });
    // writes by other servers and workers on the same database (PostgreSQL) reach this graph too
    unfollow = await followStore(store, graph, { changes, onError: (err) => say(`could not apply a change made elsewhere: ${err.message}`) });
    const server = await new Promise<Server>((resolve, reject) => {
      const srv = app.listen(config.port, config.host, () => resolve(srv));
      srv.once('error', reject);
    });
    const addr = server.address();
    const port = addr && typeof addr === 'object' ? addr.port : config.port;
    const host = config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host;
    const stats = await store.stats();
    say(`${stats.articles} articles, ${graph.order} actors, ${stats.events} events in ${where}`);
    if (config.writesDisabledReason) say(config.writesDisabledReason);
    const stopWatching = options.watch === false ? async () => {} : await startWatching(store, graph, changes, options);
    const close = async () => {
      await stopWatching();
      await unfollow();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // requests in flight finish and their sockets close once idle; after the grace period, all go
        server.closeIdleConnections();
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        server.once('close', () => { clearInterval(sweep); clearTimeout(deadline); });
      });
      await store.close();
    };
    return { server, store, config, url: `http://${host}:${port}`, close };
  } catch (err) {
    await unfollow();
    await store.close();
    throw err;
  }
}

/** Runs the server until SIGTERM or SIGINT, then closes it and the database and exits 0. */
export async function main(options: StartOptions = {}): Promise<void> {
  let running: Running;
  try {
    running = await start(options);
  } catch (err) {
    say((err as Error).message);
    process.exit(1);
  }
  process.stdout.write(`diplograph is serving on ${running.url}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: closing`);
    running.close().then(() => process.exit(0), () => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
