// Scale-out on PostgreSQL (README "Running at scale"): articles/s with 1, 2 and 3 `diplograph worker`
// processes on one database; API requests/s with one and with two servers behind it; and the delay from
// a write on one server to its visibility in the other's graph (p50, p99). Needs a PostgreSQL server:
// DIPLOGRAPH_BENCH_PG or DIPLOGRAPH_TEST_PG (a postgres:// URL); skipped without one. Every process it
// starts is stopped by its own pid; each run gets a fresh schema, dropped at the end.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { percentile, section } from '../lib/measure.mjs';
import { articleStream } from '../lib/stream.mjs';
import { dist, ROOT } from '../lib/paths.mjs';
import { scale } from '../lib/scales.mjs';

const CLI = path.join(ROOT, 'dist/cli/index.js');
const LOAD = fileURLToPath(new URL('../lib/load.mjs', import.meta.url));
const PG_URL = process.env.DIPLOGRAPH_BENCH_PG?.trim() || process.env.DIPLOGRAPH_TEST_PG?.trim() || null;
const children = new Set();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const urlFor = (schema) => { const u = new URL(PG_URL); u.searchParams.set('schema', schema); return u.toString(); };

/** Starts `diplograph ...args` on `schema`; resolves with the child and the first match of `ready`. */
function start(schema, args, ready) {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT, env: { ...process.env, DIPLOGRAPH_DB: urlFor(schema), HOST: '127.0.0.1', DIPLOGRAPH_JOB_EXPIRE_S: '10', DIPLOGRAPH_JOB_SUPERVISE_S: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  return new Promise((resolve, reject) => {
    const look = (b) => { out += b; child.output = out; const m = ready.exec(out); if (m) resolve({ child, match: m }); };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.once('exit', (code) => reject(new Error(`diplograph ${args[0]} exited ${code}: ${out.slice(-300)}`)));
  });
}

/** Stops a child by its pid and waits for it. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  await gone;
}

async function dropSchemas(schemas) {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
}

/** Enqueues `file` on `schema` with `workers` workers running; the articles/s from enqueue to an empty queue. */
async function workersRun(schema, file, n, workers) {
  const procs = await Promise.all(Array.from({ length: workers }, () => start(schema, ['worker', '-q'], /waiting for jobs/)));
  const { openStore } = await dist('store/index.js');
  const { IngestQueue, queueStatus, QUEUE_DEFAULTS } = await dist('queue/index.js');
  const store = await openStore(urlFor(schema));
  const queue = await IngestQueue.open(store, QUEUE_DEFAULTS, { supervise: false });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'ingest', '--queue', file], { cwd: ROOT, env: { ...process.env, DIPLOGRAPH_DB: urlFor(schema) }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest --queue failed: ${r.stderr}`);
  let s;
  for (;;) {
    s = await queueStatus(queue);
    if (!s.waiting && !s.running && !s.staged && s.added + s.duplicates + s.failed >= n) break;
    await sleep(100);
  }
  const seconds = (performance.now() - t0) / 1000;
  await queue.close();
  await store.close();
  for (const p of procs) await stop(p.child);
  return { workers, articles: n, seconds, articlesPerS: n / seconds, added: s.added, failed: s.failed };
}

/** Requests/s of `connections` keep-alive requests spread over `bases`, cycling through the actors' URLs. */
async function apiLoad(bases, actors, label) {
  const urls = actors.map((id, i) => `${bases[i % bases.length]}/api/actors/${encodeURIComponent(id)}/neighbors`);
  const targets = path.join(os.tmpdir(), `diplograph-bench-scale-${process.pid}.json`);
  fs.writeFileSync(targets, JSON.stringify([{ label, urls }]));
  const r = spawnSync(process.execPath, [LOAD, '50', '5', targets], { encoding: 'utf8' });
  fs.rmSync(targets, { force: true });
  const [x] = JSON.parse(r.stdout.trim().split('\n').at(-1));
  return { servers: bases.length, rps: x.rps, p50: x.p50, p99: x.p99, errors: x.errors };
}

/** Posts `count` new articles to server a and times until each is in server b's graph. */
async function visibility(a, b, count) {
  const delays = [];
  for (let i = 0; i < count; i++) {
    // a year apart each time: dates a day apart would make one event of two meetings
    const text = `French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris on ${1950 + i}-06-15. Ref ${crypto.randomUUID()}.`;
    const before = (await (await fetch(`${b}/api/stats`)).json());
    const t0 = performance.now();
    const res = await fetch(`${a}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    if (res.status !== 201) throw new Error(`POST answered ${res.status}`);
    await res.json();
    for (;;) {
      // in the other server's graph: more events (a new meeting date each time)
      const now = await (await fetch(`${b}/api/stats`)).json();
      if (now.events > before.events) break;
      if (performance.now() - t0 > 10_000) throw new Error(`a write was not visible on the other server within 10 s (events ${before.events} → ${now.events}, articles ${before.store.articles} → ${now.store.articles})`);
      await sleep(2);
    }
    delays.push(performance.now() - t0);
  }
  return { writes: count, p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99), maxMs: Math.max(...delays) };
}

section(async (name) => {
  if (!PG_URL) return { skipped: 'no PostgreSQL server: set DIPLOGRAPH_BENCH_PG (or DIPLOGRAPH_TEST_PG) to a postgres:// URL' };
  const s = scale(name);
  const n = s.parallelArticles;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-scale-'));
  const file = path.join(dir, 'articles.jsonl');
  fs.writeFileSync(file, (await articleStream({ count: n })).map((a) => JSON.stringify(a)).join('\n') + '\n');
  fs.mkdirSync(path.join(dir, 'none'));
  const schemas = [];
  const fresh = () => { const x = `bench_${crypto.randomBytes(5).toString('hex')}`; schemas.push(x, `${x}_jobs`); return x; };
  try {
    const workers = [];
    let last = null;
    for (const k of [1, 2, 3]) {
      last = fresh();
      workers.push(await workersRun(last, file, n, k));
    }
    // API servers on the database the last run filled
    const serve = ['serve', '--port', '0', '--articles', path.join(dir, 'none'), '--no-watch', '-q'];
    const servers = await Promise.all([0, 1].map(() => start(last, serve, /serving on (http:\/\/\S+)/)));
    const bases = servers.map((x) => x.match[1]);
    const graph = await (await fetch(`${bases[0]}/api/graph`)).json();
    const actors = graph.nodes.filter((x) => x.attributes.kind === 'person').map((x) => x.key).slice(0, 300);
    const api = [await apiLoad(bases.slice(0, 1), actors, 'one server'), await apiLoad(bases, actors, 'two servers')];
    const delay = await visibility(bases[0], bases[1], 60).catch((err) => {
      throw new Error(`${err.message}; the servers said: ${servers.map((x) => x.child.output.slice(-400)).join(' | ')}`);
    });
    for (const x of servers) await stop(x.child);
    return { articles: n, workers, api, delay, cores: os.cpus().length };
  } finally {
    for (const c of children) await stop(c);
    await dropSchemas(schemas);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
