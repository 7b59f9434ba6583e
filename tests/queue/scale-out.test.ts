// Several processes on one PostgreSQL database, as "Running at scale" deploys them: two API servers and
// three workers; 300 articles enqueued, one worker killed with SIGKILL mid-run; then both servers'
// /api/stats and /api/graph equal each other and a single-process SQLite ingest of the same articles.
// Every process is started here and stopped by its own pid. Skipped without DIPLOGRAPH_TEST_PG.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFromStore, ingestPaths, readInputFile } from '../../src/ingest/index.js';
import { createApp } from '../../src/server/app.js';
import { createConfig } from '../../src/server/config.js';
import { IngestQueue, QUEUE_DEFAULTS, queueStatus, type QueueStatus } from '../../src/queue/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { build, CLI, diplograph } from '../cli/support/run-cli.js';
import { dropSchemas, freshSchema, PG_SKIPPED, pgUrl, TEST_PG } from '../store/support/backends.js';

const N = 300;
const schema = freshSchema();
const children: ChildProcess[] = [];
let dir = '';
let input = '';
let servers: string[] = [];
let workers: ChildProcess[] = [];
let killedAt = -1;

/** The 283 bundled articles, then reworded copies of the first ones up to N, as one JSONL file. */
function writeArticles(file: string): void {
  const base = fs.readdirSync('data/articles').filter((f) => /\.(txt|json|jsonl)$/.test(f))
    .flatMap((f) => readInputFile(path.join('data/articles', f)).articles);
  const all = [...base];
  for (let i = 0; all.length < N; i++) {
    const a = base[i % base.length]!;
    all.push({ ...a, id: `${a.id ?? 'article'}-copy-${i}`, url: null, text: `${a.text}\n\nThis report was filed again (${i}).` });
  }
  fs.writeFileSync(file, all.slice(0, N).map((a) => JSON.stringify(a)).join('\n') + '\n');
}

/** Starts `diplograph ...args` with the shared database; resolves when `ready` matches its output. */
function startProcess(args: string[], ready: RegExp, env: Record<string, string> = {}): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, DIPLOGRAPH_DB: pgUrl(schema), HOST: '127.0.0.1', DIPLOGRAPH_JOB_EXPIRE_S: '3', DIPLOGRAPH_JOB_SUPERVISE_S: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const look = (b: Buffer) => {
      out += b;
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => reject(new Error(`diplograph ${args.join(' ')} exited ${code}: ${out.slice(-500)}`)));
  });
}

/** Stops a child by its own pid and waits for it to exit. */
async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, signal);
  const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}

let queue: IngestQueue | null = null;
let watcher: Store | null = null;
/** The queue's counts, as `diplograph queue --json` prints them (read in this process: polled often). */
async function queueCounts(): Promise<QueueStatus> {
  watcher ??= await openStore(pgUrl(schema));
  queue ??= await IngestQueue.open(watcher, QUEUE_DEFAULTS, { supervise: false });
  return queueStatus(queue);
}

/** A graph's serialization with nodes and edges sorted by key: the same graph whatever order it was built in. */
const sorted = (g: { nodes: Array<{ key: string }>; edges: Array<{ key: string }> }) => ({
  ...g, nodes: [...g.nodes].sort((a, b) => a.key.localeCompare(b.key)), edges: [...g.edges].sort((a, b) => a.key.localeCompare(b.key)),
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const get = async (base: string, p: string) => (await fetch(`${base}${p}`)).json();

(TEST_PG ? describe : describe.skip)(`two servers and three workers on one database${TEST_PG ? '' : ` [postgres: ${PG_SKIPPED}]`}`, () => {
  beforeAll(async () => {
    const t0 = Date.now();
    build();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-scale-'));
    fs.mkdirSync(path.join(dir, 'none'));
    input = path.join(dir, 'articles.jsonl');
    writeArticles(input);
    const serve = ['serve', '--port', '0', '--articles', path.join(dir, 'none'), '--no-watch', '-q'];
    servers = (await Promise.all([0, 1].map(() => startProcess(serve, /serving on (http:\/\/\S+)/)))).map((s) => s.match[1]!);
    workers = (await Promise.all([0, 1, 2].map(() => startProcess(['worker', '-q'], /waiting for jobs/)))).map((w) => w.child);
    console.log(`scale-out: processes up after ${Date.now() - t0} ms`);
    const enq = diplograph(['ingest', '--queue', input], { env: { DIPLOGRAPH_DB: pgUrl(schema), DIPLOGRAPH_JOB_EXPIRE_S: '3' } });
    expect(enq.stdout).toContain(`enqueued ${N} articles`);
    // SIGKILL one worker mid-run: some articles written, many still to come
    for (let t0 = Date.now(); Date.now() - t0 < 60_000; await sleep(50)) {
      const c = await queueCounts();
      if (c.added + c.duplicates >= 20) {
        killedAt = c.added + c.duplicates;
        await stopChild(workers[0]!, 'SIGKILL');
        console.log(`scale-out: worker killed after ${killedAt} articles, ${Date.now() - t0} ms`);
        break;
      }
    }
    for (let t0 = Date.now(); Date.now() - t0 < 150_000; await sleep(250)) {
      const c = await queueCounts();
      if (!c.waiting && !c.running && !c.staged && c.added + c.duplicates + c.failed >= N) break;
    }
    console.log(`scale-out: queue empty after ${Date.now() - t0} ms`);
  }, 240_000);

  afterAll(async () => {
    await queue?.close();
    await watcher?.close();
    for (const c of children) await stopChild(c);
    await dropSchemas([schema, `${schema}_jobs`]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('writes every enqueued article once, though a worker was killed mid-run', async () => {
    expect(killedAt).toBeGreaterThanOrEqual(20);
    expect(killedAt).toBeLessThan(N);
    expect(await queueCounts()).toMatchObject({ waiting: 0, running: 0, staged: 0, added: N, duplicates: 0, failed: 0 });
  });

  it("gives equal /api/stats and /api/graph on both servers, equal to a single-process SQLite ingest's", async () => {
    const store = await openStore(':memory:');
    try {
      await ingestPaths(store, [input]);
      const app = createApp({ graph: await graphFromStore(store), store, config: createConfig({}), webRoot: path.join(dir, 'none'), log: () => {} });
      const want = { stats: (await request(app).get('/api/stats')).body, graph: sorted((await request(app).get('/api/graph')).body) };
      expect(want.stats.store.articles).toBe(N);
      // the last write reaches each server within a second
      await sleep(1_000);
      // a server merges articles in as they come, a single process builds at once: edges may be listed in another order
      for (const base of servers) expect({ stats: await get(base, '/api/stats'), graph: sorted(await get(base, '/api/graph')) }).toEqual(want);
    } finally {
      await store.close();
    }
  }, 120_000);
});
