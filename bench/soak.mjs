// Soak test (not part of `npm test`): starts the built server on a free loopback port with a temporary
// database seeded from the Wikinews corpus, then runs a mix of reads and writes from many concurrent
// connections for a fixed time, reporting errors, latencies per kind of request and the server's RSS
// over time (memory should level off, not keep growing). Stops the server by its own pid.
//
//   npx tsc -p tsconfig.json && node bench/soak.mjs [--seconds 60] [--connections 50] [--articles 275]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.join(ROOT, 'data/articles/wikinews-2019-2020.jsonl');
const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    articles: { type: 'string', default: '275' },
    seed: { type: 'string', default: '42' },
  },
});
const SECONDS = Number(opts.seconds);
const CONNECTIONS = Number(opts.connections);
const TOKEN = 'soak-token-1234567';

/** mulberry32, so the request mix is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(Number(opts.seed));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** The server's resident set size in MB, from /proc (Linux) or ps. */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch { /* not Linux */ }
  const out = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return out ? Number(out) / 1024 : NaN;
}

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist/server/main.js'))) throw new Error('Build first: npx tsc -p tsconfig.json');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dg-soak-'));
  const db = path.join(dir, 'soak.db');
  const corpus = fs.existsSync(CORPUS) ? fs.readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).slice(0, Number(opts.articles)) : [];
  const texts = corpus.map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string' && t.trim());
  if (corpus.length) {
    const seedFile = path.join(dir, 'seed.jsonl');
    fs.writeFileSync(seedFile, corpus.join('\n'));
    const t0 = performance.now();
    spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'ingest', seedFile, '--db', db, '--quiet'], { cwd: ROOT, stdio: 'ignore' });
    console.error(`seeded ${corpus.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/server/main.js')], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DIPLOGRAPH_DB: db, DIPLOGRAPH_TOKEN: TOKEN, DIPLOGRAPH_WRITE_RATE_LIMIT: '1000000' },
  });
  let serverErr = '';
  server.stderr.on('data', (b) => (serverErr += b));
  const base = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (b) => {
      out += b;
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.once('exit', (code) => reject(new Error(`server exited ${code}: ${serverErr}`)));
  });

  const graph = await (await fetch(`${base}/api/graph`)).json();
  const actors = graph.nodes.map((n) => n.key);
  const states = graph.nodes.filter((n) => n.attributes.kind === 'state').map((n) => n.attributes.state ?? n.key.split(':')[1]?.toUpperCase()).filter(Boolean);
  const posted = [];
  let counter = 0;
  const enc = encodeURIComponent;

  /** The request mix: [kind, weight, make()] where make returns [method, path, init?]. */
  const MIX = [
    ['graph', 6, () => ['GET', '/api/graph']],
    ['graph-states', 3, () => ['GET', '/api/graph?view=states']],
    ['events', 12, () => ['GET', `/api/events?limit=${pick([10, 100, 500])}${rand() < 0.5 ? '&type=meeting' : ''}`]],
    ['search', 10, () => ['GET', `/api/search?q=${enc(pick(['mac', 'rus', 'minister', 'pres', 'fr', 'un']))}`]],
    ['actor', 15, () => ['GET', `/api/actors/${enc(pick(actors))}`]],
    ['neighbors', 6, () => ['GET', `/api/actors/${enc(pick(actors))}/neighbors?depth=${pick([1, 2])}`]],
    ['relations', 5, () => ['GET', `/api/relations?a=${enc(pick(actors))}&b=${enc(pick(actors))}`]],
    ['state-relations', 5, () => ['GET', `/api/states/${pick(states.length ? states : ['FRA'])}/relations`]],
    ['stats', 5, () => ['GET', '/api/stats']],
    ['articles', 5, () => ['GET', `/api/articles?limit=50&offset=${Math.floor(rand() * 250)}`]],
    ['export', 3, () => ['GET', `/api/export?format=${pick(['json', 'gexf', 'graphml', 'csv'])}`]],
    ['bad', 5, () => ['GET', pick(['/api/events?limit=-1', '/api/actors/..%2Fx', '/api/nope', '/api/search'])]],
    ['post', 8, () => {
      const text = `${pick(texts.length ? texts : ['French President Emmanuel Macron met Armenian Prime Minister Nikol Pashinyan in Paris.']).slice(0, 1500)} (soak ${counter++})`;
      return ['POST', '/api/articles', { headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: text }];
    }],
    ['delete', 8, () => ['DELETE', `/api/articles/${enc(posted.length ? posted.splice(Math.floor(rand() * posted.length), 1)[0] : 'none')}`, { headers: { authorization: `Bearer ${TOKEN}` } }]],
  ];
  const totalWeight = MIX.reduce((n, m) => n + m[1], 0);
  const choose = () => {
    let r = rand() * totalWeight;
    for (const m of MIX) if ((r -= m[1]) < 0) return m;
    return MIX[0];
  };

  const stats = new Map(MIX.map(([kind]) => [kind, { n: 0, latencies: [], statuses: {} }]));
  let networkErrors = 0;
  let serverErrors = 0;
  const rss = [{ t: 0, mb: rssMb(server.pid) }];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const sampler = setInterval(() => rss.push({ t: Math.round((performance.now() - started) / 1000), mb: rssMb(server.pid) }), 5000);

  async function worker() {
    while (performance.now() < deadline) {
      const [kind, , make] = choose();
      const [method, url, init = {}] = make();
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}${url}`, { method, ...init });
        const body = await res.arrayBuffer();
        const s = stats.get(kind);
        s.n++;
        s.latencies.push(performance.now() - t0);
        s.statuses[res.status] = (s.statuses[res.status] ?? 0) + 1;
        if (res.status >= 500) serverErrors++;
        if (kind === 'post' && res.status === 201) posted.push(JSON.parse(Buffer.from(body).toString('utf8')).id);
      } catch {
        networkErrors++;
      }
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  clearInterval(sampler);
  rss.push({ t: Math.round((performance.now() - started) / 1000), mb: rssMb(server.pid) });
  const elapsed = (performance.now() - started) / 1000;

  const health = await fetch(`${base}/api/health`).then((r) => r.status, () => 0);
  server.kill('SIGTERM');
  const exit = await new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
  fs.rmSync(dir, { recursive: true, force: true });

  const all = [...stats.values()].flatMap((s) => s.latencies).sort((a, b) => a - b);
  const third = Math.max(1, Math.floor(rss.length / 3));
  const mean = (xs) => xs.reduce((n, x) => n + x.mb, 0) / xs.length;
  const summary = {
    seconds: Number(elapsed.toFixed(1)), connections: CONNECTIONS, requests: all.length, rps: Math.round(all.length / elapsed),
    serverErrors, networkErrors, healthAfter: health, exit,
    latencyMs: { p50: +quantile(all, 0.5).toFixed(1), p95: +quantile(all, 0.95).toFixed(1), p99: +quantile(all, 0.99).toFixed(1), max: +all.at(-1).toFixed(1) },
    byKind: Object.fromEntries([...stats].map(([kind, s]) => {
      const l = s.latencies.sort((a, b) => a - b);
      return [kind, { n: s.n, p50: +quantile(l, 0.5).toFixed(1), p95: +quantile(l, 0.95).toFixed(1), max: +(l.at(-1) ?? NaN).toFixed(1), statuses: s.statuses }];
    })),
    rssMb: rss.map((r) => `${r.t}s:${r.mb.toFixed(0)}`),
    rssFirstThirdMb: +mean(rss.slice(0, third)).toFixed(0), rssLastThirdMb: +mean(rss.slice(-third)).toFixed(0),
  };
  console.log(JSON.stringify(summary, null, 2));
  if (serverErrors || networkErrors || health !== 200 || exit.code !== 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
